namespace LessonStudy.Contracts.LessonStudy;

/// <summary>
/// The research dataset (a zip of JSON lines + Parquet tables with a README): <c>GET /api/groups/{id}/export</c>
/// for 备课组长 and 管理员, <c>GET /api/plans/{id}/export</c> also for the plan's 执教教师.
/// </summary>
public static class ExportRoutes
{
    public const string ZipContentType = "application/zip";

    public static string Group(string groupId) => $"{PlanRoutes.Group(groupId)}/export";

    public static string Plan(string planId) => $"{PlanRoutes.Plan(planId)}/export";
}
