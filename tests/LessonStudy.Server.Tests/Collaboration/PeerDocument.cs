using LessonStudy.Crdt;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Server.Tests.Collaboration;

/// <summary>One document as a <see cref="HubPeer"/> holds it: local edits are sent as updates and their
/// acknowledgements tracked; received frames are applied (a step 1 is answered with a step 2).</summary>
internal sealed class PeerDocument
{
    private static readonly object Remote = new();
    private readonly HubPeer peer;
    private readonly List<Task> sends = [];
    private readonly List<Exception> failures = [];

    public PeerDocument(HubPeer peer, string documentId, ulong clientId)
    {
        this.peer = peer;
        DocumentId = documentId;
        Doc = new Doc(new DocOptions { ClientId = clientId });
        Awareness = new Awareness(Doc);
        Doc.Update += (update, origin, _) =>
        {
            if (origin != Remote)
            {
                Track(peer.SendAsync(DocumentId, FrameUpdate(update)));
            }
        };
    }

    public string DocumentId { get; }

    public Doc Doc { get; }

    public Awareness Awareness { get; }

    public YText Content => Doc.GetText("content");

    public string Text
    {
        get
        {
            lock (peer.Gate)
            {
                return Content.ToString();
            }
        }
    }

    public IReadOnlyList<Exception> Failures
    {
        get
        {
            lock (peer.Gate)
            {
                return [.. failures];
            }
        }
    }

    public void Edit(Action<YText> edit)
    {
        lock (peer.Gate)
        {
            Doc.Transact(_ => edit(Content));
        }
    }

    /// <summary>Waits until every update sent so far is acknowledged (durable on the server).</summary>
    public async Task AcknowledgedAsync()
    {
        Task[] pending;
        lock (peer.Gate)
        {
            pending = [.. sends];
        }

        await Task.WhenAll(pending).WaitAsync(Eventually.Timeout);
    }

    public Task SetAwarenessAsync(object? state)
    {
        byte[] frame;
        lock (peer.Gate)
        {
            Awareness.SetLocalState(state);
            frame = ProtocolMessage.EncodeAwareness(Awareness.EncodeAwarenessUpdate([Awareness.ClientId]));
        }

        return peer.SendAsync(DocumentId, frame);
    }

    public IReadOnlyCollection<ulong> AwarenessClients
    {
        get
        {
            lock (peer.Gate)
            {
                return [.. Awareness.States.Keys];
            }
        }
    }

    public static byte[] FrameUpdate(ReadOnlySpan<byte> update)
    {
        var writer = new Lib0Writer();
        SyncProtocol.WriteUpdate(writer, update);
        return ProtocolMessage.EncodeSync(writer.ToArray());
    }

    internal void Receive(byte[] frame)
    {
        lock (peer.Gate)
        {
            var message = ProtocolMessage.Decode(frame);
            if (message.Type == ProtocolMessageType.Awareness)
            {
                Awareness.ApplyAwarenessUpdate(message.Payload, Remote);
                return;
            }

            var reader = new Lib0Reader(message.Payload);
            var reply = new Lib0Writer();
            SyncProtocol.ReadSyncMessage(reader, reply, Doc, Remote);
            if (reply.Length > 0)
            {
                Track(peer.SendAsync(DocumentId, ProtocolMessage.EncodeSync(reply.ToArray())));
            }
        }
    }

    private void Track(Task send)
    {
        sends.Add(send);
        send.ContinueWith(
            t =>
            {
                lock (peer.Gate)
                {
                    failures.Add(t.Exception!.GetBaseException());
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
    }
}
