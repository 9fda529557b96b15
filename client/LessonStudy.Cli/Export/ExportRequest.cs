using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Cli.Export;

/// <summary>What to export: a group or a plan, by ID, and where the server serves it.</summary>
internal sealed record ExportRequest(string Scope, string Id, string Path)
{
    public static ExportRequest ForGroup(string groupId) => new("group", groupId, ExportRoutes.Group(groupId));

    public static ExportRequest ForPlan(string planId) => new("plan", planId, ExportRoutes.Plan(planId));
}
