using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// Appending a group commit. Each block is appended on the condition that the segment still has the
/// length this node last saw (Azure's append-position condition), so a retry after a failure whose
/// block did land fails the condition instead of landing twice; the log then reads the tail back, and
/// finding its own bytes there, counts the block as written.
/// </summary>
internal sealed partial class DocumentLog
{
    public async Task AppendAsync(IReadOnlyList<ReadOnlyMemory<byte>> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        EnsureLoaded();
        if (updates.Count == 0)
        {
            return;
        }

        var blocks = LogBlocks.Pack(updates, options.MaxBlockBytes);
        var started = time.GetTimestamp();
        long bytes = 0;
        foreach (var block in blocks)
        {
            await AppendBlockAsync(block, cancellationToken);
            bytes += block.Length;
        }

        metrics?.RecordAppend(bytes, time.GetElapsedTime(started));
    }

    private async Task AppendBlockAsync(byte[] block, CancellationToken cancellationToken)
    {
        if (active is null || active.Length + block.Length > options.MaxSegmentBytes || active.Blocks >= options.MaxSegmentBlocks)
        {
            active = new ActiveSegment(DocumentBlobNames.Segment(nodeId, nextSegmentNumber++), 0, 0);
            segmentLengths[active.RelativeName] = 0;
            logger.RolledOver(documentId, active.RelativeName);
        }

        var segment = active;
        var name = names.Blob(segment.RelativeName);
        var position = segment.Length;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var result = await store.AppendAsync(name, block, position, cancellationToken);
                    Advance(segment, result.Length, result.BlockCount);
                    return;
                }
                catch (BlobConditionFailedException)
                {
                    var landedBlocks = await FindLandedAsync(name, block, position, cancellationToken);
                    if (landedBlocks is null)
                    {
                        logger.SegmentChangedByAnotherWriter(documentId, segment.RelativeName, position);
                        throw new IOException(
                            $"Log segment {segment.RelativeName} of document {documentId} changed under this node at byte {position}; the next append goes to a new segment.");
                    }

                    logger.AppendAlreadyLanded(documentId, segment.RelativeName, position);
                    Advance(segment, position + block.Length, landedBlocks.Value);
                    return;
                }
                catch (Exception e) when (attempt < options.AppendAttempts && IsTransient(e, cancellationToken))
                {
                    logger.AppendRetry(e, documentId, segment.RelativeName, position, attempt);
                    await Task.Delay(options.RetryDelay * (1 << (attempt - 1)), time, cancellationToken);
                }
            }
        }
        catch
        {
            // Whether the block landed is unknown (or the segment is not ours alone): never append here again.
            active = null;
            throw;
        }
    }

    private void Advance(ActiveSegment segment, long length, int blocks)
    {
        UncompactedBytes += length - segment.Length;
        segment.Length = length;
        segment.Blocks = blocks;
        segmentLengths[segment.RelativeName] = length;
    }

    /// <summary>The segment's block count if it ends with exactly this block at this position, else null.</summary>
    private async Task<int?> FindLandedAsync(string name, byte[] block, long position, CancellationToken cancellationToken)
    {
        var current = await store.ReadAsync(name, cancellationToken);
        return current is not null
            && current.Data.Length == position + block.Length
            && current.Data.AsSpan((int)position).SequenceEqual(block)
            ? current.BlockCount
            : null;
    }

    private static bool IsTransient(Exception e, CancellationToken cancellationToken) =>
        e is not (ArgumentException or BlobConditionFailedException) && !cancellationToken.IsCancellationRequested;
}
