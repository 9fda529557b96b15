using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// Compaction, in an order that is safe to stop at any point (docs/storage.md):
/// 1. seal this node's active segment, so nothing is appended to what the snapshot covers;
/// 2. write snapshot n+1 (atomic, if-not-exists) listing every segment and how much of it it covers;
/// 3. delete the older snapshots;
/// 4. delete this node's segments the snapshot covers.
/// Older snapshots go before segments: once any covered segment is gone, no older snapshot remains
/// that a load could fall back to and silently miss what that segment held.
/// </summary>
internal sealed partial class DocumentLog
{
    public async Task CompactAsync(ReadOnlyMemory<byte> state, CancellationToken cancellationToken)
    {
        EnsureLoaded();
        active = null;

        var number = highestSnapshot + 1;
        var snapshotCovers = new Dictionary<string, long>(segmentLengths, StringComparer.Ordinal);
        var ordered = snapshotCovers.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var bytes = SnapshotFormat.Encode(ordered, state.Span);
        await store.WriteAsync(names.Blob(DocumentBlobNames.Snapshot(number)), bytes, BlobWriteCondition.IfNotExists, cancellationToken);
        highestSnapshot = number;
        UncompactedBytes = 0;
        metrics?.RecordSnapshot(bytes.Length);

        var older = new List<string>();
        await foreach (var entry in store.ListAsync(names.SnapshotListPrefix, cancellationToken))
        {
            if (names.ParseSnapshot(entry.Name) < number)
            {
                older.Add(entry.Name);
            }
        }

        foreach (var name in older)
        {
            await store.DeleteAsync(name, cancellationToken);
        }

        // Another node's segments are left to that node: it may still be appending to them. The newest
        // of this node's names stays listed for the next snapshot although its blob is gone, so that
        // segment numbers only grow and a name is never reused while an older snapshot may claim it.
        var newestOwn = DocumentBlobNames.Segment(nodeId, nextSegmentNumber - 1);
        var deleted = 0;
        foreach (var (relative, _) in ordered)
        {
            if (names.ParseSegment(names.Blob(relative))?.NodeId == nodeId)
            {
                await store.DeleteAsync(names.Blob(relative), cancellationToken);
                if (relative != newestOwn)
                {
                    segmentLengths.Remove(relative);
                }

                deleted++;
            }
        }

        logger.Compacted(documentId, number, bytes.Length, deleted);
    }
}
