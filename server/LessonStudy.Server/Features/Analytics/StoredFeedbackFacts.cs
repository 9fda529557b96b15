using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Observations;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Reflections;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// Feedback facts from the feedback features' own stores (the authoritative records, docs/storage.md):
/// every comment thread, every 听课记录, the 课后反思 of every round so far.
/// </summary>
public sealed class StoredFeedbackFacts(CommentStore comments, ObservationStore observations, ReflectionStore reflections) : IFeedbackFacts
{
    public async Task<FeedbackFacts> ReadAsync(PlanRecord plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var threads = new List<CommentFact>();
        await foreach (var c in comments.ListAsync(plan.Id, cancellationToken).ConfigureAwait(false))
        {
            threads.Add(new CommentFact(
                c.Id, c.Round, c.Stage, c.VersionId, c.AuthorId, c.AuthorName, c.Category, c.Body, c.Anchor?.Quote, c.Anchor?.Index,
                c.CreatedAt, c.EditedAt, c.Edits.Count, c.DeletedAt, c.Resolved, c.ResolvedBy, c.ResolvedAt,
                [.. c.Replies.Select(r => new ReplyFact(r.Id, r.AuthorId, r.AuthorName, r.Body, r.Round, r.Stage, r.CreatedAt, r.EditedAt, r.Edits.Count, r.DeletedAt))],
                [.. c.Dispositions.Select(d => new DispositionFact(d.Disposition, d.Reason, d.VersionId, d.ByUserId, d.Round, d.At))]));
        }

        var kept = new List<ObservationFact>();
        await foreach (var o in observations.ListAsync(plan.Id, cancellationToken).ConfigureAwait(false))
        {
            kept.Add(new ObservationFact(
                o.Id, o.Round, o.ObserverId, o.ObserverName, o.VersionId, o.LessonStartedAt,
                [.. o.Notes.Select(n => new NoteFact(n.Id, n.OffsetSeconds, n.At, n.Text, n.Category, n.Section, n.Quote, n.EditedAt, n.Edits.Count, n.DeletedAt))],
                o.Summary is { } s ? new SummaryFact(s.Highlight, s.Weakness, s.Suggestion, s.Stage, s.At) : null,
                o.CreatedAt, o.UpdatedAt));
        }

        var written = new List<ReflectionFact>();
        for (var round = 1; round <= plan.Round; round++)
        {
            if (await reflections.GetAsync(plan.Id, round, cancellationToken).ConfigureAwait(false) is { } r)
            {
                written.Add(new ReflectionFact(r.Round, r.TeacherId, r.Markdown, r.Revision, r.UpdatedBy, r.UpdatedAt));
            }
        }

        return new FeedbackFacts(
            [.. threads.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)],
            [.. kept.OrderBy(o => o.Round).ThenBy(o => o.CreatedAt).ThenBy(o => o.Id, StringComparer.Ordinal)],
            written);
    }
}
