namespace LessonStudy.Server.Features.Versions;

public static class VersionsSetup
{
    /// <summary>The version store and the versions API (frozen at transitions and on demand).</summary>
    public static WebApplicationBuilder AddVersions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IVersionStore, BlobVersionStore>();
        return builder;
    }

    public static WebApplication MapVersions(this WebApplication app) => app;
}
