using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// 同课异构: two plans on the same 课题 by different 执教教师, linked both ways to be compared side by side.
/// The caller must be teacher or leader of the plan named in the path and able to read the other.
/// </summary>
/// <remarks>
/// The two records are two blobs: a crash between the writes leaves a one-sided link, which linking
/// again repairs (both writes are idempotent).
/// </remarks>
public static class PlanLinkEndpoints
{
    public const int MaxLinks = 50;

    public static async Task<Results<Ok<PlanDto>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> LinkAsync(
        string id, LinkPlanRequest? request, ClaimsPrincipal principal, IPlanStore store, PlanAccess access,
        [FromServices] IPlanEventPublisher events, [FromServices] IRecordLog records, ILogger<PlanAccess> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context)
        {
            return TypedResults.NotFound();
        }

        if (!ObserverEndpoints.CanInvite(context.Roles))
        {
            return TypedResults.Forbid();
        }

        if (await access.LoadAsync(user, request?.PlanId, cancellationToken).ConfigureAwait(false) is not { CanRead: true } other)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["planId"] = ["planId must name a plan you can read."] }, title: "The link is not valid.");
        }

        var problem = (context.Plan, other.Plan) switch
        {
            var (a, b) when a.Id == b.Id => "A plan is not linked to itself.",
            var (a, b) when a.Title != b.Title => "同课异构 links plans on the same 课题: the titles differ.",
            var (a, b) when a.TeacherId == b.TeacherId => "同课异构 links plans of different 执教教师.",
            _ => null,
        };
        if (problem is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["planId"] = [problem] }, title: "The link is not valid.");
        }

        PlanRecord? updated;
        PlanRecord? otherUpdated;
        try
        {
            updated = await store.UpdatePlanAsync(context.Plan.Id, p => WithLink(p, other.Plan.Id), cancellationToken).ConfigureAwait(false);
            otherUpdated = await store.UpdatePlanAsync(other.Plan.Id, p => WithLink(p, context.Plan.Id), cancellationToken).ConfigureAwait(false);
        }
        catch (PlanRuleException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
        }
        catch (PlanStoreConflictException)
        {
            return TypedResults.Problem("The plans are being changed by others; try again.", statusCode: StatusCodes.Status409Conflict);
        }

        if (updated is null || otherUpdated is null)
        {
            return TypedResults.NotFound();
        }

        PlansLog.PlansLinked(logger, updated.Id, otherUpdated.Id, user.Id);
        await records.AppendAsync(
            records.Create(RecordKinds.PlansLinked, user.Id, updated.GroupId, updated.Id, updated.Round, updated.Stage.ToWire(), new { linkedPlanId = otherUpdated.Id, title = updated.Title }),
            cancellationToken).ConfigureAwait(false);
        await PlanEvents.PublishAsync(events, updated, PlanEventKinds.Plan, null, logger).ConfigureAwait(false);
        await PlanEvents.PublishAsync(events, otherUpdated, PlanEventKinds.Plan, null, logger).ConfigureAwait(false);
        return TypedResults.Ok(access.For(user, updated, context.Group).ToDto());
    }

    /// <summary>The linked plans the caller can read (others are left out, not revealed).</summary>
    public static async Task<Results<Ok<PlanDto[]>, NotFound, UnauthorizedHttpResult>> ListAsync(
        string id, ClaimsPrincipal principal, PlanAccess access, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context)
        {
            return TypedResults.NotFound();
        }

        var linked = new List<PlanDto>();
        foreach (var linkedId in context.Plan.LinkedPlanIds)
        {
            if (await access.LoadAsync(user, linkedId, cancellationToken).ConfigureAwait(false) is { CanRead: true } other)
            {
                linked.Add(other.ToDto());
            }
        }

        return TypedResults.Ok(linked.ToArray());
    }

    private static PlanRecord WithLink(PlanRecord plan, string otherId)
    {
        if (plan.LinkedPlanIds.Contains(otherId, StringComparer.Ordinal))
        {
            return plan;
        }

        return plan.LinkedPlanIds.Count >= MaxLinks
            ? throw new PlanRuleException($"A plan links at most {MaxLinks} others.")
            : plan with { LinkedPlanIds = [.. plan.LinkedPlanIds, otherId] };
    }
}
