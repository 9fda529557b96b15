using System.Runtime.CompilerServices;

namespace LessonStudy.Server.Features.Comments;

/// <summary>Comment threads of a plan on the blob store (<see cref="FeedbackBlobNames.Comment"/>).</summary>
public sealed class CommentStore(FeedbackBlobs blobs)
{
    public Task<CommentRecord?> GetAsync(string planId, string commentId, CancellationToken cancellationToken) =>
        blobs.ReadAsync(FeedbackBlobNames.Comment(planId, commentId), FeedbackJson.Default.CommentRecord, cancellationToken);

    public async Task CreateAsync(CommentRecord comment, CancellationToken cancellationToken)
    {
        if (!await blobs.CreateAsync(FeedbackBlobNames.Comment(comment.PlanId, comment.Id), comment, FeedbackJson.Default.CommentRecord, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Comment {comment.Id} already exists.");
        }
    }

    /// <summary>Read-modify-write of one thread; <paramref name="change"/> may throw <see cref="FeedbackRefusedException"/>.</summary>
    /// <exception cref="FeedbackRefusedException">404 when the thread does not exist.</exception>
    public async Task<CommentRecord> UpdateAsync(string planId, string commentId, Func<CommentRecord, CommentRecord> change, CancellationToken cancellationToken)
    {
        var updated = await blobs.UpdateAsync(
            FeedbackBlobNames.Comment(planId, commentId),
            FeedbackJson.Default.CommentRecord,
            current => current is null ? throw FeedbackRefusedException.NotFound("comment") : change(current),
            cancellationToken).ConfigureAwait(false);
        return updated!;
    }

    /// <summary>Every thread of the plan, oldest first (IDs are version-7 GUIDs, so name order is creation order).</summary>
    public async IAsyncEnumerable<CommentRecord> ListAsync(string planId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var comment in blobs.ListAsync(FeedbackBlobNames.Comments(planId), FeedbackJson.Default.CommentRecord, cancellationToken).ConfigureAwait(false))
        {
            yield return comment;
        }
    }
}
