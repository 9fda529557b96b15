using LessonStudy.Contracts.Documents;
using LessonStudy.Server.Features.Documents.Catalog;
using LessonStudy.Server.Features.Documents.Policy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LessonStudy.Server.Features.Documents;

public static class DocumentsSetup
{
    /// <summary>The document catalog, the access policy and the document endpoints.</summary>
    public static WebApplicationBuilder AddDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<DocumentCatalogOptions>().Bind(builder.Configuration.GetSection(DocumentCatalogOptions.Section));
        builder.Services.AddSingleton<IDocumentCatalog, BlobDocumentCatalog>();

        // Replaceable: the next issue registers IDocumentRightsSource implementations (lesson plans), which
        // this policy asks before the catalog's membership; or it replaces IDocumentAccessPolicy outright.
        builder.Services.TryAddSingleton<IDocumentAccessPolicy, DocumentAccessPolicy>();
        builder.Services.AddSingleton<DocumentRightsNotifier>();
        builder.Services.AddSingleton<DocumentMetrics>();
        return builder;
    }

    public static WebApplication MapDocuments(this WebApplication app)
    {
        var documents = app.MapGroup(DocumentRoutes.Documents).WithTags("Documents");
        documents.MapPost("", DocumentEndpoints.CreateAsync).WithName("CreateDocument");
        documents.MapGet("", DocumentEndpoints.ListAsync).WithName("ListDocuments");
        documents.MapGet("/{id}", DocumentEndpoints.GetAsync).WithName("GetDocument");
        documents.MapPost("/{id}/members", DocumentEndpoints.SetMemberAsync).WithName("SetDocumentMember");
        return app;
    }
}
