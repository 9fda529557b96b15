namespace LessonStudy.Server.Features.Documents;

public static class DocumentsSetup
{
    /// <summary>The document catalog, the access policy and the document endpoints.</summary>
    public static WebApplicationBuilder AddDocuments(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication MapDocuments(this WebApplication app)
    {
        return app;
    }
}
