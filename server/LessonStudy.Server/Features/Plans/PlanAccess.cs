using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Hosting;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// Who the caller is on a plan or group, from our own records only (never from the client): the one place
/// endpoints and the hub's rights source get a <see cref="PlanContext"/> from.
/// </summary>
public sealed class PlanAccess(IPlanStore store, IOptionsMonitor<PlansOptions> options)
{
    public bool IsAdmin(UserIdentity user) => options.CurrentValue.IsAdmin(user.Id);

    /// <summary>The plan as <paramref name="user"/> sees it, or null when the ID is malformed or the plan (or its group) does not exist.</summary>
    public async Task<PlanContext?> LoadAsync(UserIdentity user, string? planId, CancellationToken cancellationToken)
    {
        if (planId is null || !ResourceId.IsValid(planId) || await store.GetPlanAsync(planId, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return null;
        }

        return await ContextOfAsync(user, plan, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PlanContext?> ContextOfAsync(UserIdentity user, PlanRecord plan, CancellationToken cancellationToken)
    {
        var group = await store.GetGroupAsync(plan.GroupId, cancellationToken).ConfigureAwait(false);
        return group is null ? null : For(user, plan, group);
    }

    public PlanContext For(UserIdentity user, PlanRecord plan, GroupRecord group) =>
        new(plan, group, PlanContext.RolesOf(user.Id, plan, group, IsAdmin(user)));

    /// <summary>The group when <paramref name="user"/> belongs to it or is an admin; null otherwise (or when malformed/unknown).</summary>
    public async Task<GroupRecord?> LoadGroupAsync(UserIdentity user, string? groupId, CancellationToken cancellationToken)
    {
        if (groupId is null || !ResourceId.IsValid(groupId) || await store.GetGroupAsync(groupId, cancellationToken).ConfigureAwait(false) is not { } group)
        {
            return null;
        }

        return group.Find(user.Id) is not null || IsAdmin(user) ? group : null;
    }
}
