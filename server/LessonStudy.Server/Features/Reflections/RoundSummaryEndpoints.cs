using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Observations;
using LessonStudy.Server.Features.Versions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Reflections;

/// <summary>
/// <c>GET /api/plans/{id}/rounds/{round}/summary</c>: the 交流 summary of a round for every reader of the plan,
/// from 交流 on (409 before: in 跟踪 the notes are still the observers' own).
/// </summary>
public static class RoundSummaryEndpoints
{
    public static async Task<Results<Ok<RoundSummaryDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> GetAsync(
        string id, int round, ClaimsPrincipal principal, PlanGate gate, ObservationStore observations, CommentStore comments, ReflectionStore reflections,
        [FromServices] IVersionStore versions, [FromServices] IDocumentContent content, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        if (round < 1 || round > plan.Plan.Round)
        {
            return FeedbackProblems.Invalid("round", $"round must be 1 to {plan.Plan.Round}.");
        }

        if (!TeachingVersion.IsOpenToReaders(plan.Plan, round))
        {
            return TypedResults.Problem("The round's summary is shown from 交流 on.", statusCode: StatusCodes.Status409Conflict, title: "Not in this stage.");
        }

        var versionId = TeachingVersion.IdOf(plan.Plan, round);
        var teaching = versionId is null ? null : await versions.GetAsync(plan.Plan.Id, versionId, cancellationToken).ConfigureAwait(false);

        var kept = new List<ObservationRecord>();
        await foreach (var record in observations.ListAsync(plan.Plan.Id, cancellationToken).ConfigureAwait(false))
        {
            if (record.Round == round && record.Active)
            {
                kept.Add(record);
            }
        }

        var threads = new List<CommentRecord>();
        await foreach (var comment in comments.ListAsync(plan.Plan.Id, cancellationToken).ConfigureAwait(false))
        {
            if (comment.Round == round && !comment.Deleted)
            {
                threads.Add(comment);
            }
        }

        var live = await content.ReadAsync(plan.Plan.DocumentId, cancellationToken).ConfigureAwait(false);
        var versionList = CommentViews.NeedsVersions(threads) ? await versions.ListAsync(plan.Plan.Id, cancellationToken).ConfigureAwait(false) : [];
        var views = new CommentViews(TextAnchors.Load(live.State), CommentViews.Live, versionList);
        var reflection = await reflections.GetAsync(plan.Plan.Id, round, cancellationToken).ConfigureAwait(false);

        return TypedResults.Ok(RoundSummaryBuilder.Build(
            plan.Plan.Id, round, versionId, teaching?.Markdown, kept, [.. threads.Select(views.ToDto)], reflection is null ? null : ReflectionEndpoints.ToDto(reflection)));
    }
}
