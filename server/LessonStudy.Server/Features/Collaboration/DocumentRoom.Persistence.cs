using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Updates;
using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Features.Collaboration;

internal sealed partial class DocumentRoom
{
    private const string LoadFailedMessage = "The document could not be loaded from storage, so it is not served; try again later.";
    private const string PersistFailedMessage = "The change could not be saved to storage and is not acknowledged; send it again.";

    /// <summary>Reads the stored document and its attribution; false (logged) when either cannot be read.</summary>
    private async Task<bool> LoadAsync()
    {
        IReadOnlyList<ReadOnlyMemory<byte>> updates;
        try
        {
            updates = await log.LoadAsync(CancellationToken.None).ConfigureAwait(false);
            attribution = await DocumentAttribution.LoadAsync(store, DocumentId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            CollaborationLog.DocumentLoadFailed(logger, DocumentId, e);
            loaded.TrySetException(new RoomRejectedException(LoadFailedMessage, e));
            _ = loaded.Task.Exception; // observed: the registry drops this room
            return false;
        }

        ApplyStored(updates);
        CollaborationLog.DocumentLoaded(logger, DocumentId, updates.Count);
        loaded.TrySetResult();
        return true;
    }

    /// <summary>
    /// Merging first makes a long log one integration instead of thousands. Records are checksummed, so
    /// one that does not decode was written wrong; it is skipped (and logged) rather than making the
    /// whole document unavailable.
    /// </summary>
    private void ApplyStored(IReadOnlyList<ReadOnlyMemory<byte>> updates)
    {
        if (updates.Count == 0)
        {
            return;
        }

        try
        {
            doc.ApplyUpdate(updates.Count == 1 ? updates[0] : EncodedUpdates.MergeUpdates(updates));
            return;
        }
        catch (CrdtFormatException)
        {
            // Find the bad record(s) below; a failed apply left the document unchanged.
        }

        foreach (var update in updates)
        {
            try
            {
                doc.ApplyUpdate(update);
            }
            catch (CrdtFormatException e)
            {
                CollaborationLog.StoredUpdateSkipped(logger, DocumentId, e);
            }
        }
    }

    private List<ReadOnlyMemory<byte>> TakeUnpersisted()
    {
        var taken = new List<ReadOnlyMemory<byte>>(unpersisted);
        unpersisted.Clear();
        return taken;
    }

    private byte[]? TakeAttribution() => attribution.TakeChanges();

    /// <summary>A failed commit's updates go first in the next one (they are applied and broadcast already).</summary>
    private void RequeueFailed(List<ReadOnlyMemory<byte>>? failed)
    {
        if (failed is { Count: > 0 })
        {
            unpersisted.InsertRange(0, failed);
        }
    }

    /// <summary>
    /// The group commit: new client owners first (so stored content never lacks its author), then every
    /// update applied since the last successful commit in one append, and only then are the frames of
    /// the batch acknowledged. A frame that changed nothing still waits, because what it restates may be
    /// among the updates of this commit. Returns the updates to retry when the commit failed.
    /// </summary>
    private async Task<List<ReadOnlyMemory<byte>>?> CommitAsync(List<ReadOnlyMemory<byte>> updates, List<RoomWork> waiting, byte[]? attributionBlob)
    {
        try
        {
            if (attributionBlob is not null)
            {
                await store.WriteAsync(DocumentAttribution.BlobName(DocumentId), attributionBlob, BlobWriteCondition.None, CancellationToken.None).ConfigureAwait(false);
            }

            if (updates.Count > 0)
            {
                await log.AppendAsync(updates, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            CollaborationLog.PersistFailed(logger, DocumentId, updates.Count, e);
            if (attributionBlob is not null)
            {
                attribution.MarkUnwritten();
            }

            foreach (var work in waiting)
            {
                work.Done.TrySetException(new RoomRejectedException(PersistFailedMessage, e));
            }

            return updates;
        }

        foreach (var work in waiting)
        {
            if (work is FrameWork frame)
            {
                metrics.Acknowledged(time.GetElapsedTime(frame.ReceivedAt));
            }

            work.Done.TrySetResult();
        }

        return null;
    }

    /// <summary>Edit counters are statistics: written when the room is otherwise idle, not per keystroke.</summary>
    private async Task WriteCountsIfChangedAsync()
    {
        if (!attribution.CountsChanged)
        {
            return;
        }

        var blob = TakeAttribution();
        try
        {
            await store.WriteAsync(DocumentAttribution.BlobName(DocumentId), blob, BlobWriteCondition.None, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            attribution.MarkUnwritten();
            CollaborationLog.PersistFailed(logger, DocumentId, 0, e);
        }
    }

    private async Task CompactIfDueAsync()
    {
        if (log.UncompactedBytes >= options.CompactAfterBytes)
        {
            await CompactAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Only with everything persisted: the snapshot must not claim what the log lacks.</summary>
    private async Task CompactAsync()
    {
        if (unpersisted.Count > 0)
        {
            return;
        }

        try
        {
            await log.CompactAsync(doc.EncodeStateAsUpdate(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            CollaborationLog.CompactionFailed(logger, DocumentId, e);
        }
    }
}
