using LessonStudy.Client.Connection;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;

namespace LessonStudy.Client.Documents;

/// <summary>Frames from the server: sync messages applied with <see cref="RemoteOrigin"/>, step 1 answered, awareness merged.</summary>
public sealed partial class DocumentSession
{
    private bool synced;
    private TaskCompletionSource syncedSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the server's answer to our step 1 arrived on the current connection (y-websocket's "synced").</summary>
    public bool IsSynced
    {
        get
        {
            lock (gate)
            {
                return synced;
            }
        }
    }

    /// <summary>Waits until we hold everything the server had when we (re)joined.</summary>
    public Task WhenSyncedAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            return synced ? Task.CompletedTask : syncedSignal.Task.WaitAsync(cancellationToken);
        }
    }

    internal void OnFrame(LiveConnection live, byte[] frame)
    {
        byte[]? reply = null;
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            try
            {
                var message = ProtocolMessage.Decode(frame);
                switch (message.Type)
                {
                    case ProtocolMessageType.Sync:
                        reply = OnSyncMessage(message.Payload);
                        break;
                    case ProtocolMessageType.Awareness:
                        awareness.ApplyAwarenessUpdate(message.Payload, remoteOrigin);
                        break;
                    case ProtocolMessageType.Auth:
                        ClientLog.PermissionDenied(logger, DocumentId, message.ReadPermissionDeniedReason() ?? "(no reason)");
                        break;
                    case ProtocolMessageType.QueryAwareness:
                        reply = awareness.GetLocalState() is null ? null : Frames.HubFrames.Awareness(awareness, [ClientId]);
                        break;
                }
            }
            catch (CrdtFormatException ex)
            {
                // The server never sends these; dropping the frame keeps the document as it was.
                ClientLog.MalformedFrame(logger, DocumentId, ex);
            }
        }

        if (reply is not null)
        {
            Send(live, reply, null);
        }
    }

    /// <summary>Applies a sync message; returns the step 2 that answers a step 1, otherwise null.</summary>
    private byte[]? OnSyncMessage(ReadOnlyMemory<byte> payload)
    {
        var answer = new Lib0Writer();
        answer.WriteVarUint((ulong)ProtocolMessageType.Sync);
        var type = SyncProtocol.ReadSyncMessage(new Lib0Reader(payload), answer, doc, remoteOrigin);
        switch (type)
        {
            case SyncMessageType.SyncStep1:
                return answer.ToArray();
            case SyncMessageType.SyncStep2:
                if (!synced)
                {
                    synced = true;
                    syncedSignal.TrySetResult();
                }

                return null;
            default:
                return null;
        }
    }

    private void MarkUnsynced()
    {
        if (synced)
        {
            synced = false;
            syncedSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
