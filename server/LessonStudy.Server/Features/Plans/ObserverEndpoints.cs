using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Features.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Plans;

/// <summary>The 执教教师 or a 备课组长 invites a 观课教师 (who may come from outside the group), until 定稿.</summary>
public static class ObserverEndpoints
{
    public const int MaxObservers = 100;

    public static async Task<Results<Ok<PlanDto>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> InviteAsync(
        string id, InviteObserverRequest? request, ClaimsPrincipal principal, IPlanStore store, PlanAccess access, TimeProvider time,
        DocumentRightsNotifier notifier, [FromServices] IPlanEventPublisher events, [FromServices] IRecordLog records,
        ILogger<PlanAccess> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context)
        {
            return TypedResults.NotFound();
        }

        if (!CanInvite(context.Roles))
        {
            return TypedResults.Forbid();
        }

        var errors = new Dictionary<string, string[]>();
        var observerId = PlanText.Check(request?.UserId, UserText.MaxUserIdLength, "userId", errors);
        var displayName = PlanText.Check(request?.DisplayName, UserText.MaxDisplayNameLength, "displayName", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The observer is not valid.");
        }

        PlanRecord? updated;
        try
        {
            updated = await store.UpdatePlanAsync(context.Plan.Id, plan => WithObserver(plan, observerId!, displayName!, user.Id, time.GetUtcNow()), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (PlanRuleException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
        }
        catch (PlanStoreConflictException)
        {
            return TypedResults.Problem("The plan is being changed by others; try again.", statusCode: StatusCodes.Status409Conflict);
        }

        if (updated is null)
        {
            return TypedResults.NotFound();
        }

        PlansLog.ObserverInvited(logger, updated.Id, observerId!, user.Id);
        await records.AppendAsync(
            records.Create(RecordKinds.ObserverInvited, user.Id, updated.GroupId, updated.Id, updated.Round, updated.Stage.ToWire(), new { userId = observerId, displayName }),
            cancellationToken).ConfigureAwait(false);
        await notifier.RightsChangedAsync(updated.DocumentId).ConfigureAwait(false);
        await PlanEvents.PublishAsync(events, updated, PlanEventKinds.Plan, null, logger).ConfigureAwait(false);
        return TypedResults.Ok(access.For(user, updated, context.Group).ToDto());
    }

    /// <summary>Who invites observers: the plan's teacher and the group's leaders.</summary>
    public static bool CanInvite(PlanRole roles) => (roles & (PlanRole.Teacher | PlanRole.Leader)) != 0;

    private static PlanRecord WithObserver(PlanRecord plan, string userId, string displayName, string invitedBy, DateTimeOffset now)
    {
        if (plan.Stage == PlanStage.Final)
        {
            throw new PlanRuleException("The plan is 定稿; nobody observes it any more.");
        }

        if (plan.Observers.Any(o => o.UserId == userId))
        {
            return plan;
        }

        if (plan.Observers.Count >= MaxObservers)
        {
            throw new PlanRuleException($"A plan has at most {MaxObservers} observers.");
        }

        return plan with { Observers = [.. plan.Observers, new PlanObserverRecord(userId, displayName, invitedBy, now)] };
    }
}
