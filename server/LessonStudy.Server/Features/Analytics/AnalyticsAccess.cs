using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Hosting;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// Who may see analytics and exports, from our own records only: plan analytics — whoever may read the
/// plan; plan export — its 执教教师, the group's 备课组长, admins; group analytics and export — the
/// group's 备课组长 and admins; a portfolio — the teacher themself, a 备课组长 of a group the teacher
/// belongs to, admins.
/// </summary>
public sealed class AnalyticsAccess(IPlanStore store, IOptionsMonitor<AnalyticsOptions> options)
{
    public bool IsAdmin(UserIdentity user) => options.CurrentValue.IsAdmin(user.Id);

    public int ObservationQuota => options.CurrentValue.ObservationQuotaPerSemester;

    /// <summary>The plan as the caller sees it; null when the ID is malformed, unknown, or the caller cannot read it (all 404).</summary>
    public async Task<PlanContext?> ReadablePlanAsync(UserIdentity user, string planId, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsValid(planId)
            || await store.GetPlanAsync(planId, cancellationToken).ConfigureAwait(false) is not { } plan
            || await store.GetGroupAsync(plan.GroupId, cancellationToken).ConfigureAwait(false) is not { } group)
        {
            return null;
        }

        var context = new PlanContext(plan, group, PlanContext.RolesOf(user.Id, plan, group, IsAdmin(user)));
        return context.CanRead ? context : null;
    }

    public static bool MayExport(PlanContext context) =>
        (context.Roles & (PlanRole.Teacher | PlanRole.Leader | PlanRole.Admin)) != 0;

    /// <summary>The group when the caller belongs to it or is an admin; null otherwise (404).</summary>
    public async Task<GroupRecord?> VisibleGroupAsync(UserIdentity user, string groupId, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsValid(groupId) || await store.GetGroupAsync(groupId, cancellationToken).ConfigureAwait(false) is not { } group)
        {
            return null;
        }

        return group.Find(user.Id) is not null || IsAdmin(user) ? group : null;
    }

    /// <summary>Group analytics and export: its leaders and admins (members see the group but get 403).</summary>
    public bool MayAnalyse(UserIdentity user, GroupRecord group) =>
        IsAdmin(user) || group.Find(user.Id)?.Role.HasFlag(PlanRole.Leader) == true;

    public async Task<bool> MaySeePortfolioAsync(UserIdentity user, string teacherId, CancellationToken cancellationToken)
    {
        if (user.Id == teacherId || IsAdmin(user))
        {
            return true;
        }

        await foreach (var group in store.ListGroupsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (group.Find(teacherId) is not null && group.Find(user.Id)?.Role.HasFlag(PlanRole.Leader) == true)
            {
                return true;
            }
        }

        return false;
    }
}
