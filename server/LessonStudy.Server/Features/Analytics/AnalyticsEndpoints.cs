using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// Analytics of a plan (its readers), of a 备课组 (its leaders and admins; members 403) and a teacher's
/// 成长记录袋 (the teacher, leaders of a group the teacher belongs to, admins). Computed from the stored
/// records on every request: they are small, and nothing can go stale.
/// </summary>
public static partial class AnalyticsEndpoints
{
    public static async Task<Results<Ok<PlanAnalyticsDto>, NotFound, UnauthorizedHttpResult>> PlanAsync(
        string id, ClaimsPrincipal principal, AnalyticsAccess access, PlanFactsReader reader, TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.ReadablePlanAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } context)
        {
            return TypedResults.NotFound();
        }

        var facts = await reader.ReadPlanAsync(context.Plan, context.Group, withEvents: false, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(PlanAnalyticsCalculator.Compute(facts, time.GetUtcNow()));
    }

    public static async Task<Results<Ok<GroupAnalyticsDto>, NotFound, ForbidHttpResult, UnauthorizedHttpResult>> GroupAsync(
        string id, ClaimsPrincipal principal, AnalyticsAccess access, PlanFactsReader reader, TimeProvider time, CancellationToken cancellationToken)
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

        var (plans, _) = await reader.ReadGroupAsync(group, withEvents: false, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(GroupAnalyticsCalculator.Compute(group, plans, time.GetUtcNow()));
    }
}
