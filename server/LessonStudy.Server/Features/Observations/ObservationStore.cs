using System.Runtime.CompilerServices;
using LessonStudy.Server.Features.Comments;

namespace LessonStudy.Server.Features.Observations;

/// <summary>听课记录 on the blob store (<see cref="FeedbackBlobNames.Observation"/>).</summary>
public sealed class ObservationStore(FeedbackBlobs blobs)
{
    public Task<ObservationRecord?> GetAsync(string planId, string observationId, CancellationToken cancellationToken) =>
        blobs.ReadAsync(FeedbackBlobNames.Observation(planId, observationId), FeedbackJson.Default.ObservationRecord, cancellationToken);

    /// <summary>Read-modify-write; <paramref name="change"/> gets null when there is no record yet and may throw <see cref="FeedbackRefusedException"/>.</summary>
    public async Task<ObservationRecord> UpdateAsync(
        string planId, string observationId, Func<ObservationRecord?, ObservationRecord> change, CancellationToken cancellationToken) =>
        (await blobs.UpdateAsync(FeedbackBlobNames.Observation(planId, observationId), FeedbackJson.Default.ObservationRecord, change, cancellationToken).ConfigureAwait(false))!;

    public async IAsyncEnumerable<ObservationRecord> ListAsync(string planId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in blobs.ListAsync(FeedbackBlobNames.Observations(planId), FeedbackJson.Default.ObservationRecord, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    /// <summary>The IDs of the plan's 听课记录, without reading them.</summary>
    public async Task<IReadOnlySet<string>> ListIdsAsync(string planId, CancellationToken cancellationToken)
    {
        var prefix = FeedbackBlobNames.Observations(planId);
        var names = await blobs.ListNamesAsync(prefix, cancellationToken).ConfigureAwait(false);
        return names.Where(n => n.EndsWith(".json", StringComparison.Ordinal)).Select(n => n[prefix.Length..^".json".Length]).ToHashSet(StringComparer.Ordinal);
    }
}
