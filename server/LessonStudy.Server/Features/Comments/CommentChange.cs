using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// One change to a stored thread, as the thread endpoints run it: the read-modify-write (whose
/// <see cref="FeedbackRefusedException"/>s become problems), then the event, then the thread as the caller now sees
/// it, anchors resolved against the live document.
/// </summary>
public sealed class CommentChange(CommentStore store, FeedbackEvents events, IDocumentContent content, IVersionStore versions)
{
    public async Task<Results<Ok<CommentDto>, ProblemHttpResult>> RunAsync(
        PlanContext plan, string userId, string commentId, string recordKind, Func<CommentRecord, CommentRecord> change,
        Func<CommentRecord, CommentEvent> describe, CancellationToken cancellationToken)
    {
        CommentRecord before = null!;
        CommentRecord after;
        try
        {
            after = await store.UpdateAsync(plan.Plan.Id, commentId, current => change(before = current), cancellationToken).ConfigureAwait(false);
        }
        catch (FeedbackRefusedException refusal)
        {
            return FeedbackProblems.From(refusal);
        }
        catch (FeedbackBusyException)
        {
            return FeedbackProblems.Busy();
        }

        // Nothing changed (resolving a resolved thread, deleting a deleted one): no event.
        if (!ReferenceEquals(after, before))
        {
            await events.ChangedAsync(plan, userId, recordKind, PlanEventKinds.Comment, commentId, plan.Plan.Round, describe(after), cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(await ViewAsync(plan, after, cancellationToken).ConfigureAwait(false));
    }

    public async Task<CommentDto> ViewAsync(PlanContext plan, CommentRecord comment, CancellationToken cancellationToken)
    {
        var state = comment.Anchor is null
            ? null
            : TextAnchors.Load((await content.ReadAsync(plan.Plan.DocumentId, cancellationToken).ConfigureAwait(false)).State);
        var versionList = CommentViews.NeedsVersions([comment])
            ? await versions.ListAsync(plan.Plan.Id, cancellationToken).ConfigureAwait(false)
            : [];
        return new CommentViews(state, CommentViews.Live, versionList).ToDto(comment);
    }

    /// <summary>The answer of <see cref="RunAsync"/> as the endpoints' wider result type.</summary>
    public static Results<Ok<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult> Widen(Results<Ok<CommentDto>, ProblemHttpResult> result) =>
        result.Result switch
        {
            Ok<CommentDto> ok => ok,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("A comment change answered neither a thread nor a problem."),
        };
}
