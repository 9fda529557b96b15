using System.Security.Claims;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Analytics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Exports;

/// <summary>
/// The research dataset as a zip (<see cref="DatasetZip"/>). A group: its 备课组长 and admins (members
/// 403, others 404). A plan: its 执教教师, the group's 备课组长 and admins (other readers 403, others 404).
/// </summary>
public static class ExportEndpoints
{
    public static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult, UnauthorizedHttpResult>> GroupAsync(
        string id, ClaimsPrincipal principal, AnalyticsAccess access, PlanFactsReader reader, TimeProvider time,
        ILogger<AnalyticsAccess> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.VisibleGroupAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } group)
        {
            return TypedResults.NotFound();
        }

        if (!access.MayAnalyse(user, group))
        {
            return TypedResults.Forbid();
        }

        var (plans, events) = await reader.ReadGroupAsync(group, withEvents: true, cancellationToken).ConfigureAwait(false);
        var dataset = DatasetBuilder.Build(Dataset.GroupScope, group.Id, group.Name, time.GetUtcNow(), user.Id, plans, events);
        ExportsLog.Exported(logger, Dataset.GroupScope, group.Id, user.Id, plans.Count, events.Count);
        return await ZipAsync(dataset, $"lessonstudy-group-{group.Id}.zip", cancellationToken).ConfigureAwait(false);
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult, UnauthorizedHttpResult>> PlanAsync(
        string id, ClaimsPrincipal principal, AnalyticsAccess access, PlanFactsReader reader, TimeProvider time,
        ILogger<AnalyticsAccess> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.ReadablePlanAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } context)
        {
            return TypedResults.NotFound();
        }

        if (!AnalyticsAccess.MayExport(context))
        {
            return TypedResults.Forbid();
        }

        var facts = await reader.ReadPlanAsync(context.Plan, context.Group, withEvents: true, cancellationToken).ConfigureAwait(false);
        var dataset = DatasetBuilder.Build(Dataset.PlanScope, context.Plan.Id, context.Plan.Title, time.GetUtcNow(), user.Id, [facts], facts.Events);
        ExportsLog.Exported(logger, Dataset.PlanScope, context.Plan.Id, user.Id, 1, facts.Events.Count);
        return await ZipAsync(dataset, $"lessonstudy-plan-{context.Plan.Id}.zip", cancellationToken).ConfigureAwait(false);
    }

    private static async Task<FileContentHttpResult> ZipAsync(Dataset dataset, string fileName, CancellationToken cancellationToken)
    {
        using var zip = new MemoryStream();
        await DatasetZip.WriteAsync(dataset, zip, cancellationToken).ConfigureAwait(false);
        return TypedResults.File(zip.ToArray(), LessonStudy.Contracts.LessonStudy.ExportRoutes.ZipContentType, fileName);
    }
}
