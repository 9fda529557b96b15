using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Features.Exports;

public static class ExportsSetup
{
    /// <summary>The research dataset API; needs <c>AddAnalytics()</c> (access rules and the facts reader).</summary>
    public static WebApplication MapExports(this WebApplication app)
    {
        app.MapGet(PlanRoutes.Groups + "/{id}/export", ExportEndpoints.GroupAsync).WithTags("Exports").WithName("ExportGroup");
        app.MapGet(PlanRoutes.Plans + "/{id}/export", ExportEndpoints.PlanAsync).WithTags("Exports").WithName("ExportPlan");
        return app;
    }
}
