using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Sync;

/// <summary>
/// One y-websocket frame: <c>varUint(type)</c> then the payload. <see cref="Payload"/> is what
/// follows the type, unwrapped: for <see cref="ProtocolMessageType.Sync"/> the sync message (its
/// own type first), for <see cref="ProtocolMessageType.Awareness"/> the awareness update without
/// its length prefix, for <see cref="ProtocolMessageType.Auth"/> the auth message, and nothing for
/// <see cref="ProtocolMessageType.QueryAwareness"/>. Bytes after a complete awareness payload are
/// ignored, as y-websocket ignores them.
/// </summary>
public readonly record struct ProtocolMessage(ProtocolMessageType Type, ReadOnlyMemory<byte> Payload)
{
    /// <summary>The auth message type for "permission denied" (y-protocols <c>auth.js</c>).</summary>
    public const int PermissionDenied = 0;

    /// <summary>Splits a frame into its type and payload (the payload is a slice of <paramref name="frame"/>).</summary>
    /// <exception cref="CrdtFormatException">The frame is truncated or its type is unknown.</exception>
    public static ProtocolMessage Decode(ReadOnlyMemory<byte> frame, DecodeLimits? limits = null)
    {
        var reader = new Lib0Reader(frame, limits);
        var type = reader.ReadVarUint();
        switch (type)
        {
            case (ulong)ProtocolMessageType.Sync:
            case (ulong)ProtocolMessageType.Auth:
                return new((ProtocolMessageType)type, frame[reader.Position..]);
            case (ulong)ProtocolMessageType.Awareness:
                return new(ProtocolMessageType.Awareness, reader.ReadVarUint8Array());
            case (ulong)ProtocolMessageType.QueryAwareness:
                return new(ProtocolMessageType.QueryAwareness, ReadOnlyMemory<byte>.Empty);
            default:
                throw new CrdtFormatException($"Unknown protocol message type {type}.");
        }
    }

    /// <summary>Frames a sync message (as written by <see cref="SyncProtocol"/>): <c>0</c> + message.</summary>
    public static byte[] EncodeSync(ReadOnlySpan<byte> syncMessage)
    {
        var writer = new Lib0Writer(syncMessage.Length + 1);
        writer.WriteVarUint((ulong)ProtocolMessageType.Sync);
        writer.WriteBytes(syncMessage);
        return writer.ToArray();
    }

    /// <summary>Frames an awareness update: <c>1</c> + varUint8Array(update).</summary>
    public static byte[] EncodeAwareness(ReadOnlySpan<byte> awarenessUpdate)
    {
        var writer = new Lib0Writer(awarenessUpdate.Length + 6);
        writer.WriteVarUint((ulong)ProtocolMessageType.Awareness);
        writer.WriteVarUint8Array(awarenessUpdate);
        return writer.ToArray();
    }

    /// <summary>Frames a permission-denied auth message: <c>2 0</c> + varString(reason).</summary>
    public static byte[] EncodePermissionDenied(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var writer = new Lib0Writer(reason.Length + 8);
        writer.WriteVarUint((ulong)ProtocolMessageType.Auth);
        writer.WriteVarUint(PermissionDenied);
        writer.WriteVarString(reason);
        return writer.ToArray();
    }

    /// <summary>The query-awareness frame: <c>3</c>.</summary>
    public static byte[] EncodeQueryAwareness() => [(byte)ProtocolMessageType.QueryAwareness];

    /// <summary>
    /// The reason of an auth message, or <c>null</c> when it is an auth message of another kind
    /// (y-protocols ignores those).
    /// </summary>
    /// <exception cref="InvalidOperationException">This is not an auth message.</exception>
    /// <exception cref="CrdtFormatException">The reason is truncated or not UTF-8.</exception>
    public string? ReadPermissionDeniedReason()
    {
        if (Type != ProtocolMessageType.Auth)
        {
            throw new InvalidOperationException($"A {Type} message carries no permission-denied reason.");
        }

        var reader = new Lib0Reader(Payload);
        return reader.ReadVarUint() == PermissionDenied ? reader.ReadVarString() : null;
    }

    /// <summary>
    /// Read-only gating (y-protocols PROTOCOL.md): whether a frame may change the document, i.e. is a
    /// sync message other than sync step 1. The types are parsed as varUints, so non-canonical
    /// encodings (<c>80 00</c> for 0) cannot slip past; a frame that cannot be parsed counts as a
    /// change, so a gate built on this fails closed.
    /// </summary>
    public static bool ModifiesDocument(ReadOnlySpan<byte> frame)
    {
        var pos = 0;
        if (!TryReadSmallVarUint(frame, ref pos, out var outer))
        {
            return true;
        }

        if (outer != (ulong)ProtocolMessageType.Sync)
        {
            return outer > (ulong)ProtocolMessageType.QueryAwareness;
        }

        return SyncProtocol.ModifiesDocument(frame[pos..]);
    }

    /// <summary>A varUint of at most 8 bytes (enough for 2^53); false when truncated or longer.</summary>
    internal static bool TryReadSmallVarUint(ReadOnlySpan<byte> bytes, ref int pos, out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 56 && pos < bytes.Length; shift += 7)
        {
            var b = bytes[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }

        return false;
    }
}
