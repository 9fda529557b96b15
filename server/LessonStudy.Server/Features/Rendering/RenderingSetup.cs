using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Rendering.Compare;
using LessonStudy.Server.Features.Rendering.Html;
using LessonStudy.Server.Features.Rendering.Word;

namespace LessonStudy.Server.Features.Rendering;

public static class RenderingSetup
{
    /// <summary>The Markdown renderer (Markdig + HtmlSanitizer), the Word writer and the version comparer.</summary>
    public static WebApplicationBuilder AddRendering(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<LessonPlanDocxWriter>();
        builder.Services.AddSingleton<VersionComparer>();
        return builder;
    }

    public static WebApplication MapRendering(this WebApplication app)
    {
        var plans = app.MapGroup(PlanRoutes.Plans).WithTags("Rendering");
        plans.MapGet("/{id}/render", RenderingEndpoints.CurrentHtmlAsync).WithName("RenderPlan");
        plans.MapGet("/{id}/versions/{versionId}/html", RenderingEndpoints.VersionHtmlAsync).WithName("RenderVersion");
        plans.MapGet("/{id}/versions/{versionId}/docx", RenderingEndpoints.VersionDocxAsync).WithName("ExportVersionDocx");
        plans.MapGet("/{id}/versions/{versionId}/stats", RenderingEndpoints.VersionStatsAsync).WithName("VersionStats");
        plans.MapGet("/{id}/compare", RenderingEndpoints.CompareAsync).WithName("CompareVersions");
        return app;
    }
}
