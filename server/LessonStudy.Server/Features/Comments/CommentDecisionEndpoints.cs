using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Features.Versions;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// Decisions on a thread: resolving (its author, the 执教教师 or a 备课组长, whenever comments are open) and the
/// 执教教师's disposition of a suggestion (采纳 / 不采纳 with a reason / 暂缓, in 修正, linked to the version
/// where it was addressed).
/// </summary>
public static class CommentDecisionEndpoints
{
    public static async Task<Results<Ok<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> ResolveAsync(
        string id, string commentId, ResolveCommentRequest? request, ClaimsPrincipal principal, PlanGate gate, CommentChange change, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan || !ResourceId.IsValid(commentId))
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanComment) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Resolving a comment");
        }

        if (request is null)
        {
            return FeedbackProblems.Invalid("resolved", "resolved is required.");
        }

        var decider = (plan.Roles & (PlanRole.Teacher | PlanRole.Leader)) != 0;
        var now = time.GetUtcNow();
        return CommentChange.Widen(await change.RunAsync(
            plan,
            user.Id,
            commentId,
            RecordKinds.CommentResolved,
            current =>
            {
                if (current.AuthorId != user.Id && !decider)
                {
                    throw new FeedbackRefusedException(StatusCodes.Status403Forbidden, "Only the comment's author, the 执教教师 or a 备课组长 may resolve it.");
                }

                if (current.Deleted)
                {
                    throw new FeedbackRefusedException("The comment was deleted.");
                }

                return current.Resolved == request.Resolved
                    ? current
                    : current with { Resolved = request.Resolved, ResolvedBy = request.Resolved ? user.Id : null, ResolvedAt = request.Resolved ? now : null };
            },
            after => new CommentEvent(after.Id, after.Category, Resolved: after.Resolved),
            cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> DisposeAsync(
        string id, string commentId, DispositionRequest? request, ClaimsPrincipal principal, PlanGate gate, CommentChange change,
        [FromServices] IVersionStore versions, TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan || !ResourceId.IsValid(commentId))
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanDispose) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Recording a disposition");
        }

        if (request is null || !CommentDispositions.All.Contains(request.Disposition))
        {
            return FeedbackProblems.Invalid("disposition", $"disposition must be one of {string.Join(", ", CommentDispositions.All)}.");
        }

        string? reason = null;
        if (request.Disposition == CommentDispositions.Rejected || !string.IsNullOrWhiteSpace(request.Reason))
        {
            reason = FeedbackText.Normalize(request.Reason, FeedbackText.MaxReasonLength, out var error);
            if (reason is null)
            {
                return FeedbackProblems.Invalid("reason", request.Disposition == CommentDispositions.Rejected ? $"A rejection (不采纳) needs a reason: reason {error}" : $"reason {error}");
            }
        }

        if (request.VersionId is not null
            && (!ResourceId.IsValid(request.VersionId) || await versions.GetAsync(plan.Plan.Id, request.VersionId, cancellationToken).ConfigureAwait(false) is null))
        {
            return FeedbackProblems.Invalid("versionId", "versionId must name a version of this plan (or be left out for the next version frozen).");
        }

        var disposition = new DispositionRecord(request.Disposition, reason, request.VersionId, user.Id, plan.Plan.Round, time.GetUtcNow());
        return CommentChange.Widen(await change.RunAsync(
            plan,
            user.Id,
            commentId,
            RecordKinds.DispositionSet,
            current =>
            {
                if (current.Category != CommentCategories.Suggestion)
                {
                    throw new FeedbackRefusedException("Only suggestions (建议) take a disposition.");
                }

                return current.Deleted
                    ? throw new FeedbackRefusedException("The suggestion was deleted.")
                    : current with { Dispositions = [.. current.Dispositions, disposition] };
            },
            after => new CommentEvent(after.Id, after.Category, Disposition: disposition.Disposition, Reason: reason, VersionId: disposition.VersionId),
            cancellationToken).ConfigureAwait(false));
    }
}
