using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Server.Features.Collaboration;

internal sealed partial class DocumentRoom
{
    private const string LoadFailedMessage = "The document could not be loaded from storage, so it is not served; try again later.";
    private const string PersistFailedMessage = "The change could not be saved to storage and is not acknowledged; send it again.";

    /// <summary>Reads the stored document; false (logged) when it cannot be read completely.</summary>
    private async Task<bool> LoadAsync()
    {
        IReadOnlyList<ReadOnlyMemory<byte>> updates;
        try
        {
            updates = await log.LoadAsync(CancellationToken.None).ConfigureAwait(false);
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

    /// <summary>
    /// The group commit: everything applied since the last successful append goes in one append, and
    /// only then are the frames of this batch acknowledged. A frame that changed nothing still waits,
    /// because what it restates may be among the updates not yet persisted.
    /// </summary>
    private async Task CommitAsync(List<FrameWork> waiting)
    {
        if (unpersisted.Count > 0)
        {
            try
            {
                await log.AppendAsync(unpersisted, CancellationToken.None).ConfigureAwait(false);
                unpersisted.Clear();
                hasUnpersisted = false;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                CollaborationLog.PersistFailed(logger, DocumentId, unpersisted.Count, e);
                foreach (var work in waiting)
                {
                    work.Done.TrySetException(new RoomRejectedException(PersistFailedMessage, e));
                }

                return;
            }
        }

        foreach (var work in waiting)
        {
            metrics.Acknowledged(time.GetElapsedTime(work.ReceivedAt));
            work.Done.TrySetResult();
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
