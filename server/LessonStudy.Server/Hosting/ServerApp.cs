using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Analytics;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Features.Exports;
using LessonStudy.Server.Features.Health;
using LessonStudy.Server.Features.Library;
using LessonStudy.Server.Features.Observations;
using LessonStudy.Server.Features.Persistence;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Features.Reflections;
using LessonStudy.Server.Features.Rendering;
using LessonStudy.Server.Features.Versions;
using LessonStudy.Server.Features.WebClient;

namespace LessonStudy.Server.Hosting;

/// <summary>Builds the whole server. Tests call it with their own configuration, on a loopback port.</summary>
public static class ServerApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.AddPersistence();
        builder.AddRecords();
        builder.AddAccess();
        builder.AddDocuments();
        builder.AddCollaboration();
        builder.AddHealth();
        builder.AddComments();
        builder.AddObservations();
        builder.AddReflections();
        builder.AddPlans();
        builder.AddVersions();
        builder.AddLibrary();
        builder.AddRendering();
        builder.AddAnalytics();

        var app = builder.Build();
        app.UseWebClient();
        app.UseAccess();
        app.MapAccess();
        app.MapDocuments();
        app.MapCollaboration();
        app.MapHealth();
        app.MapComments();
        app.MapObservations();
        app.MapReflections();
        app.MapPlans();
        app.MapVersions();
        app.MapLibrary();
        app.MapRendering();
        app.MapAnalytics();
        app.MapExports();
        return app;
    }
}
