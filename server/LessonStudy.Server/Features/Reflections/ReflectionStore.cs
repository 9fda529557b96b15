using LessonStudy.Server.Features.Comments;

namespace LessonStudy.Server.Features.Reflections;

/// <summary>课后反思 on the blob store (<see cref="FeedbackBlobNames.Reflection"/>).</summary>
public sealed class ReflectionStore(FeedbackBlobs blobs)
{
    public Task<ReflectionRecord?> GetAsync(string planId, int round, CancellationToken cancellationToken) =>
        blobs.ReadAsync(FeedbackBlobNames.Reflection(planId, round), FeedbackJson.Default.ReflectionRecord, cancellationToken);

    /// <summary>Read-modify-write; <paramref name="change"/> gets null for the first save and may throw <see cref="FeedbackRefusedException"/>.</summary>
    public async Task<ReflectionRecord> UpdateAsync(string planId, int round, Func<ReflectionRecord?, ReflectionRecord> change, CancellationToken cancellationToken) =>
        (await blobs.UpdateAsync(FeedbackBlobNames.Reflection(planId, round), FeedbackJson.Default.ReflectionRecord, change, cancellationToken).ConfigureAwait(false))!;
}
