using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Features.Persistence.Log;

internal sealed partial class DocumentLog
{
    public async Task<IReadOnlyList<ReadOnlyMemory<byte>>> LoadAsync(CancellationToken cancellationToken)
    {
        loaded = false;
        var snapshotNumbers = new List<long>();
        var segments = new List<(string Relative, string NodeId, long Number)>();
        try
        {
            await foreach (var entry in store.ListAsync(names.Folder, cancellationToken))
            {
                if (names.ParseSnapshot(entry.Name) is { } number)
                {
                    snapshotNumbers.Add(number);
                }
                else if (names.ParseSegment(entry.Name) is { } segment)
                {
                    segments.Add(segment);
                }
            }
        }
        catch (Exception e) when (e is not DocumentLoadException && !cancellationToken.IsCancellationRequested)
        {
            throw new DocumentLoadException($"Cannot list the stored blobs of document {documentId}.", e);
        }

        snapshotNumbers.Sort();
        snapshotNumbers.Reverse();
        var (snapshotNumber, snapshot) = await ReadNewestSnapshotAsync(snapshotNumbers, cancellationToken);

        var updates = new List<ReadOnlyMemory<byte>>();
        if (snapshot is not null && !snapshot.State.IsEmpty)
        {
            updates.Add(snapshot.State);
        }

        var snapshotCovers = snapshot?.Covered ?? new Dictionary<string, long>(StringComparer.Ordinal);
        var lengths = new Dictionary<string, long>(StringComparer.Ordinal);
        long uncompacted = 0;
        long ownLastNumber = 0;
        ActiveSegment? continuable = null;
        foreach (var segment in segments)
        {
            var blob = await ReadForLoadAsync(segment.Relative, cancellationToken)
                ?? throw new DocumentLoadException($"Log segment {segment.Relative} of document {documentId} vanished while the document was loading.");
            var coveredLength = snapshotCovers.GetValueOrDefault(segment.Relative);
            if (coveredLength > blob.Data.Length)
            {
                logger.SnapshotCoversMore(documentId, segment.Relative, coveredLength, blob.Data.Length);
            }

            var read = LogRecordFormat.Read(blob.Data, (int)Math.Min(coveredLength, blob.Data.Length), updates);
            if (read.Problem is not null)
            {
                logger.TornTail(documentId, segment.Relative, read.End, blob.Data.Length - read.End, read.Problem);
            }

            var good = Math.Max(coveredLength, read.End);
            lengths[segment.Relative] = good;
            uncompacted += good - coveredLength;
            if (segment.NodeId == nodeId && segment.Number > ownLastNumber)
            {
                // This node goes on appending to its last segment only if it is whole, not yet covered by a
                // snapshot (covered segments are sealed) and has room; an append blob cannot be truncated.
                ownLastNumber = segment.Number;
                continuable = read.Problem is null && coveredLength == 0 && HasRoom(blob.Data.Length, blob.BlockCount)
                    ? new ActiveSegment(segment.Relative, blob.Data.Length, blob.BlockCount)
                    : null;
            }
        }

        // Segment names are never reused while a snapshot in use still claims them.
        var highestOwn = snapshotCovers.Keys
            .Select(relative => names.ParseSegment(names.Blob(relative)))
            .Where(parsed => parsed?.NodeId == nodeId)
            .Select(parsed => parsed!.Value.Number)
            .Append(ownLastNumber)
            .Max();

        // Carried into the next snapshot even when its blob is gone, to keep numbering monotonic.
        var newestOwn = DocumentBlobNames.Segment(nodeId, highestOwn);
        if (snapshotCovers.TryGetValue(newestOwn, out var newestOwnCovered))
        {
            lengths.TryAdd(newestOwn, newestOwnCovered);
        }

        segmentLengths = lengths;
        highestSnapshot = snapshotNumbers.Count > 0 ? snapshotNumbers[0] : 0;
        nextSegmentNumber = highestOwn + 1;
        active = ownLastNumber == highestOwn ? continuable : null;
        UncompactedBytes = uncompacted;
        loaded = true;
        logger.Loaded(documentId, snapshotNumber, segments.Count, updates.Count, uncompacted);
        return updates;
    }

    private bool HasRoom(long length, int blocks) => length < options.MaxSegmentBytes && blocks < options.MaxSegmentBlocks;

    /// <summary>
    /// The newest snapshot that reads back whole. An unreadable one is skipped for the one before it,
    /// which compaction keeps until the newer one is written (docs/storage.md); when every snapshot is
    /// unreadable the segments they covered may be gone, so the document cannot be loaded.
    /// </summary>
    private async Task<(long Number, SnapshotContent? Content)> ReadNewestSnapshotAsync(List<long> newestFirst, CancellationToken cancellationToken)
    {
        foreach (var number in newestFirst)
        {
            var blob = await ReadForLoadAsync(DocumentBlobNames.Snapshot(number), cancellationToken);
            if (blob is null)
            {
                continue;
            }

            var content = SnapshotFormat.Decode(blob.Data, out var problem);
            if (content is not null)
            {
                return (number, content);
            }

            logger.SnapshotUnreadable(documentId, number, problem!);
        }

        return newestFirst.Count == 0
            ? (0, null)
            : throw new DocumentLoadException(
                $"Document {documentId} has snapshots ({string.Join(", ", newestFirst)}) but none is readable; what they cover may no longer be in the log.");
    }

    private async Task<BlobContent?> ReadForLoadAsync(string relativeName, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ReadAsync(names.Blob(relativeName), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DocumentLoadException($"Cannot read {relativeName} of document {documentId}.", e);
        }
    }
}
