using LessonStudy.Client.Connection;
using LessonStudy.Client.Frames;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.Crdt.Updates;
using Microsoft.AspNetCore.SignalR.Client;

namespace LessonStudy.Client.Documents;

/// <summary>Joining the document on a (new) connection, and letting go of one that closed.</summary>
public sealed partial class DocumentSession
{
    /// <summary>A resend larger than this is split, well below the hub's message limit (4 MiB by default).</summary>
    private const int MaxResendBytes = 1 << 20;

    private readonly SemaphoreSlim attachLock = new(1, 1);
    private LiveConnection? attached;

    /// <summary>
    /// Joins on <paramref name="live"/> and resyncs: our step 1 (the server answers with what we
    /// lack), our awareness state, and every update not yet acknowledged, sent again. The server's
    /// own step 1, which follows its join, is answered in <see cref="OnFrame"/>.
    /// </summary>
    internal async Task AttachAsync(LiveConnection live, CancellationToken cancellationToken)
    {
        await attachLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (gate)
            {
                if (closed || ReferenceEquals(attached, live) || live.IsClosed)
                {
                    return;
                }
            }

            var rights = await live.Hub.InvokeAsync<JoinResult>(CollabRoutes.JoinDocument, DocumentId, cancellationToken).ConfigureAwait(false);
            byte[] step1;
            byte[]? presence;
            UnacknowledgedUpdate[] resend;
            lock (gate)
            {
                if (closed)
                {
                    return;
                }

                attached = live;
                step1 = HubFrames.SyncStep1(doc);
                presence = awareness.GetLocalState() is null ? null : HubFrames.Awareness(awareness, [ClientId]);
                resend = unacknowledged.Snapshot();
            }

            OnRights(rights);
            Send(live, step1, null);
            if (presence is not null)
            {
                Send(live, presence, null);
            }

            foreach (var batch in Batches(resend))
            {
                var merged = batch.Length == 1 ? batch[0].Update : EncodedUpdates.MergeUpdates([.. batch.Select(u => (ReadOnlyMemory<byte>)u.Update)]);
                Send(live, HubFrames.Update(merged), batch);
            }

            if (resend.Length > 0)
            {
                ClientLog.Resent(logger, DocumentId, resend.Length);
            }
        }
        finally
        {
            attachLock.Release();
        }
    }

    /// <summary>Rejoins after a reconnect, in the background; a refusal is reported like a refused edit.</summary>
    internal async Task ResumeAsync(LiveConnection live)
    {
        try
        {
            await AttachAsync(live, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (SendFailures.IsRejection(ex))
        {
            ClientLog.RejoinRefused(logger, DocumentId, ex);
            lock (gate)
            {
                rejections.Add(SendFailures.Unwrap(ex)!);
                PulseSettled();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The connection went away during the join: the client rejoins on the next one.
            ClientLog.RejoinInterrupted(logger, DocumentId, ex);
        }
    }

    /// <summary>The connection closed: not synced any more, and other people's presence is unknown until we are back.</summary>
    internal void Detach(LiveConnection live)
    {
        lock (gate)
        {
            if (!ReferenceEquals(attached, live))
            {
                return;
            }

            attached = null;
            MarkUnsynced();
            var others = awareness.States.Keys.Where(id => id != ClientId).ToArray();
            if (others.Length > 0)
            {
                awareness.RemoveAwarenessStates(others, ConnectionLostOrigin);
            }
        }
    }

    private static IEnumerable<UnacknowledgedUpdate[]> Batches(UnacknowledgedUpdate[] updates)
    {
        var batch = new List<UnacknowledgedUpdate>();
        var bytes = 0;
        foreach (var update in updates)
        {
            if (batch.Count > 0 && bytes + update.Update.Length > MaxResendBytes)
            {
                yield return [.. batch];
                batch.Clear();
                bytes = 0;
            }

            batch.Add(update);
            bytes += update.Update.Length;
        }

        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }
}
