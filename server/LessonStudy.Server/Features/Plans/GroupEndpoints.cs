using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// 备课组: create (the caller leads it), list one's own (admins: all), read, and set members' roles (leaders).
/// A group the caller does not belong to answers 404, so that nobody can probe which groups exist.
/// </summary>
public static class GroupEndpoints
{
    public const int MaxMembers = 200;

    public static async Task<Results<Created<GroupDto>, ValidationProblem, UnauthorizedHttpResult>> CreateAsync(
        CreateGroupRequest? request, ClaimsPrincipal principal, IPlanStore store, TimeProvider time,
        [FromServices] IRecordLog records, ILogger<PlanAccess> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var errors = new Dictionary<string, string[]>();
        var name = PlanText.Check(request?.Name, PlanText.MaxNameLength, "name", errors);
        var school = PlanText.Check(request?.School, PlanText.MaxNameLength, "school", errors);
        var subject = PlanText.Check(request?.Subject, PlanText.MaxShortLength, "subject", errors);
        var grade = PlanText.Check(request?.Grade, PlanText.MaxShortLength, "grade", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The group is not valid.");
        }

        var now = time.GetUtcNow();
        var group = new GroupRecord(
            GroupRecord.CurrentSchemaVersion, ResourceId.New(), name!, school!, subject!, grade!,
            [new GroupMemberRecord(user.Id, user.DisplayName, PlanRole.Leader, now)], now, user.Id);
        await store.CreateGroupAsync(group, cancellationToken).ConfigureAwait(false);
        PlansLog.GroupCreated(logger, group.Id, user.Id);
        await records.AppendAsync(
            records.Create(RecordKinds.GroupCreated, user.Id, group.Id, null, null, null, new { group.Name, group.School, group.Subject, group.Grade }),
            cancellationToken).ConfigureAwait(false);
        return TypedResults.Created(PlanRoutes.Group(group.Id), group.ToDto());
    }

    public static async Task<Results<Ok<GroupDto[]>, UnauthorizedHttpResult>> ListAsync(
        ClaimsPrincipal principal, IPlanStore store, PlanAccess access, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var all = access.IsAdmin(user);
        var groups = new List<GroupDto>();
        await foreach (var group in store.ListGroupsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (all || group.Find(user.Id) is not null)
            {
                groups.Add(group.ToDto());
            }
        }

        return TypedResults.Ok(groups.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id, StringComparer.Ordinal).ToArray());
    }

    public static async Task<Results<Ok<GroupDto>, NotFound, UnauthorizedHttpResult>> GetAsync(
        string id, ClaimsPrincipal principal, PlanAccess access, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        return await access.LoadGroupAsync(user, id, cancellationToken).ConfigureAwait(false) is { } group
            ? TypedResults.Ok(group.ToDto())
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<GroupDto>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> SetMemberAsync(
        string id, string userId, SetGroupMemberRequest? request, ClaimsPrincipal principal, IPlanStore store, PlanAccess access,
        TimeProvider time, DocumentRightsNotifier notifier, [FromServices] IRecordLog records, ILogger<PlanAccess> logger,
        CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadGroupAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } group)
        {
            return TypedResults.NotFound();
        }

        if (group.Find(user.Id)?.Role != PlanRole.Leader)
        {
            return TypedResults.Forbid();
        }

        var errors = new Dictionary<string, string[]>();
        var memberId = PlanText.Check(userId, UserText.MaxUserIdLength, "userId", errors);
        var displayName = PlanText.Check(request?.DisplayName, UserText.MaxDisplayNameLength, "displayName", errors);
        PlanRole? role = request?.Role switch
        {
            PlanRoles.Leader => PlanRole.Leader,
            PlanRoles.Member => PlanRole.Member,
            _ => null,
        };
        if (role is null)
        {
            errors["role"] = ["role must be leader or member."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The member is not valid.");
        }

        GroupRecord? updated;
        try
        {
            updated = await store.UpdateGroupAsync(group.Id, current => WithMember(current, memberId!, displayName!, role!.Value, time.GetUtcNow()), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (GroupRuleException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
        }
        catch (PlanStoreConflictException)
        {
            return TypedResults.Problem("The group is being changed by others; try again.", statusCode: StatusCodes.Status409Conflict);
        }

        if (updated is null)
        {
            return TypedResults.NotFound();
        }

        PlansLog.MemberSet(logger, group.Id, memberId!, request!.Role, user.Id);
        await records.AppendAsync(
            records.Create(RecordKinds.GroupMemberSet, user.Id, group.Id, null, null, null, new { userId = memberId, displayName, role = request.Role }),
            cancellationToken).ConfigureAwait(false);

        // Roles decide rights on every plan of the group: open connections hear about it now.
        await foreach (var plan in store.ListPlansAsync(group.Id, cancellationToken).ConfigureAwait(false))
        {
            await notifier.RightsChangedAsync(plan.DocumentId).ConfigureAwait(false);
        }

        return TypedResults.Ok(updated.ToDto());
    }

    private static GroupRecord WithMember(GroupRecord group, string userId, string displayName, PlanRole role, DateTimeOffset now)
    {
        var existing = group.Find(userId);
        if (existing is { } same && same.Role == role && same.DisplayName == displayName)
        {
            return group;
        }

        if (existing is null && group.Members.Count >= MaxMembers)
        {
            throw new GroupRuleException($"A group has at most {MaxMembers} members.");
        }

        if (existing?.Role == PlanRole.Leader && role != PlanRole.Leader && group.Members.Count(m => m.Role == PlanRole.Leader) == 1)
        {
            throw new GroupRuleException("A group keeps at least one leader; make someone else leader first.");
        }

        var members = group.Members.Select(m => m.UserId == userId ? m with { DisplayName = displayName, Role = role } : m).ToList();
        if (existing is null)
        {
            members.Add(new GroupMemberRecord(userId, displayName, role, now));
        }

        return group with { Members = members };
    }

    /// <summary>A change the group's rules refuse (checked inside the read-modify-write, on the current record).</summary>
    private sealed class GroupRuleException(string message) : Exception(message);
}
