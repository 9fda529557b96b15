using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Features.Versions;

public static class VersionsSetup
{
    /// <summary>The version store, the freezer and the versions API (frozen at transitions and on demand).</summary>
    public static WebApplicationBuilder AddVersions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IVersionStore, BlobVersionStore>();
        builder.Services.AddSingleton<VersionFreezer>();
        return builder;
    }

    public static WebApplication MapVersions(this WebApplication app)
    {
        var plans = app.MapGroup(PlanRoutes.Plans).WithTags("Versions");
        plans.MapPost("/{id}/versions", VersionEndpoints.SaveAsync).WithName("SaveVersion");
        plans.MapGet("/{id}/versions", VersionEndpoints.ListAsync).WithName("ListVersions");
        plans.MapGet("/{id}/versions/{versionId}", VersionEndpoints.GetAsync).WithName("GetVersion");
        plans.MapGet("/{id}/versions/{versionId}/state", VersionEndpoints.GetStateAsync).WithName("GetVersionState");
        return app;
    }
}
