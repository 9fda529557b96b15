using LessonStudy.Crdt;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>Hub frames the server writes: y-websocket framing around y-protocols sync messages.</summary>
internal static class SyncFrames
{
    public static byte[] Step1(Doc doc)
    {
        var writer = new Lib0Writer();
        writer.WriteVarUint((ulong)ProtocolMessageType.Sync);
        SyncProtocol.WriteSyncStep1(writer, doc);
        return writer.ToArray();
    }

    public static byte[] Step2(Doc doc, ReadOnlyMemory<byte> stateVector)
    {
        var writer = new Lib0Writer();
        writer.WriteVarUint((ulong)ProtocolMessageType.Sync);
        SyncProtocol.WriteSyncStep2(writer, doc, stateVector);
        return writer.ToArray();
    }

    public static byte[] Update(ReadOnlySpan<byte> update)
    {
        var writer = new Lib0Writer(update.Length + 8);
        writer.WriteVarUint((ulong)ProtocolMessageType.Sync);
        SyncProtocol.WriteUpdate(writer, update);
        return writer.ToArray();
    }
}
