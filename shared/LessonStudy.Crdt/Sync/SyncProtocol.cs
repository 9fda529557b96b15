using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Sync;

/// <summary>
/// The y-protocols sync messages (<c>sync.js</c>): <c>varUint(type)</c> then a varUint8Array
/// holding a state vector (step 1) or a V1 update (step 2 and update). The protocol is V1-only,
/// as in yjs 13. A client sends step 1; the receiver answers with step 2 (what the sender lacks),
/// and in client–server setups also sends its own step 1; afterwards both exchange updates.
/// <para>
/// Unlike y-protocols, which catches and logs errors of applying a step 2 or update, errors
/// propagate: a malformed update throws <see cref="CrdtFormatException"/> and leaves the document
/// unchanged, so the host can reject the message.
/// </para>
/// </summary>
public static class SyncProtocol
{
    /// <summary>Writes sync step 1: our state vector.</summary>
    public static void WriteSyncStep1(Lib0Writer writer, Doc doc)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(doc);
        writer.WriteVarUint((ulong)SyncMessageType.SyncStep1);
        writer.WriteVarUint8Array(doc.EncodeStateVector());
    }

    /// <summary>
    /// Writes sync step 2: everything a peer with state vector <paramref name="encodedStateVector"/>
    /// lacks (empty = everything) as a V1 update.
    /// </summary>
    public static void WriteSyncStep2(Lib0Writer writer, Doc doc, ReadOnlyMemory<byte> encodedStateVector = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(doc);
        writer.WriteVarUint((ulong)SyncMessageType.SyncStep2);
        writer.WriteVarUint8Array(doc.EncodeStateAsUpdate(encodedStateVector));
    }

    /// <summary>Writes an update message carrying a V1 update (e.g. from the document's <c>Update</c> event).</summary>
    public static void WriteUpdate(Lib0Writer writer, ReadOnlySpan<byte> update)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteVarUint((ulong)SyncMessageType.Update);
        writer.WriteVarUint8Array(update);
    }

    /// <summary>Reads the state vector of a step 1 (type already read) and writes the answering step 2 to <paramref name="writer"/>.</summary>
    public static void ReadSyncStep1(Lib0Reader reader, Lib0Writer writer, Doc doc)
    {
        ArgumentNullException.ThrowIfNull(reader);
        WriteSyncStep2(writer, doc, reader.ReadVarUint8Array());
    }

    /// <summary>Reads the update of a step 2 or update message (type already read) and applies it with <paramref name="origin"/>.</summary>
    public static void ReadSyncStep2(Lib0Reader reader, Doc doc, object? origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(doc);
        doc.ApplyUpdate(reader.ReadVarUint8Array(), origin);
    }

    /// <summary>Same as <see cref="ReadSyncStep2"/>: an update message is applied the same way.</summary>
    public static void ReadUpdate(Lib0Reader reader, Doc doc, object? origin) => ReadSyncStep2(reader, doc, origin);

    /// <summary>
    /// Reads one sync message and acts on it (y-protocols <c>readSyncMessage</c>): answers step 1
    /// into <paramref name="writer"/> (send it if it is not empty), applies step 2 and updates.
    /// </summary>
    /// <returns>The message type.</returns>
    /// <exception cref="CrdtFormatException">Unknown type, truncated message or malformed update (the document is unchanged).</exception>
    public static SyncMessageType ReadSyncMessage(Lib0Reader reader, Lib0Writer writer, Doc doc, object? origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var type = reader.ReadVarUint();
        switch (type)
        {
            case (ulong)SyncMessageType.SyncStep1:
                ReadSyncStep1(reader, writer, doc);
                return SyncMessageType.SyncStep1;
            case (ulong)SyncMessageType.SyncStep2:
                ReadSyncStep2(reader, doc, origin);
                return SyncMessageType.SyncStep2;
            case (ulong)SyncMessageType.Update:
                ReadUpdate(reader, doc, origin);
                return SyncMessageType.Update;
            default:
                throw new CrdtFormatException($"Unknown sync message type {type}.");
        }
    }

    /// <summary>
    /// Read-only gating for a sync message (without the outer frame type): whether it may change the
    /// document, i.e. is anything but step 1. Types are parsed as varUints, and what cannot be parsed
    /// counts as a change, so a gate built on this fails closed. See also
    /// <see cref="ProtocolMessage.ModifiesDocument"/> for whole frames.
    /// </summary>
    public static bool ModifiesDocument(ReadOnlySpan<byte> syncMessage)
    {
        var pos = 0;
        return !ProtocolMessage.TryReadSmallVarUint(syncMessage, ref pos, out var type) || type != (ulong)SyncMessageType.SyncStep1;
    }
}
