using LessonStudy.Crdt;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;

namespace LessonStudy.Client.Frames;

/// <summary>The frames the client sends, framed as y-websocket frames them (see docs/protocol.md).</summary>
internal static class HubFrames
{
    /// <summary><c>[0, 0, stateVector]</c>: asks the server for what we lack.</summary>
    public static byte[] SyncStep1(Doc doc)
    {
        var sync = new Lib0Writer();
        SyncProtocol.WriteSyncStep1(sync, doc);
        return ProtocolMessage.EncodeSync(sync.WrittenSpan);
    }

    /// <summary><c>[0, 2, update]</c>: one local change.</summary>
    public static byte[] Update(ReadOnlySpan<byte> update)
    {
        var sync = new Lib0Writer(update.Length + 8);
        SyncProtocol.WriteUpdate(sync, update);
        return ProtocolMessage.EncodeSync(sync.WrittenSpan);
    }

    /// <summary><c>[1, awarenessUpdate]</c> with the states of <paramref name="clients"/>.</summary>
    public static byte[] Awareness(Awareness awareness, IReadOnlyList<ulong> clients) =>
        ProtocolMessage.EncodeAwareness(awareness.EncodeAwarenessUpdate(clients));
}
