using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// A snapshot blob, little-endian (docs/storage.md):
/// <code>
/// 0  4  magic "LSSN"
/// 4  2  format version (1)
/// 6  2  reserved, 0 (a reader rejects anything else)
/// 8  4  CRC-32 (IEEE) of every byte from offset 12 to the end
/// 12 4  N, how many log segments the snapshot covers
///       N times: u16 name length, the segment's name relative to the document folder (ASCII), u64 covered bytes
///    4  S, the state's length
///    S  the state: one v1 yjs update holding everything covered
/// </code>
/// </summary>
public static class SnapshotFormat
{
    public const ushort Version = 1;
    private const int FixedHeaderBytes = 12;
    private static ReadOnlySpan<byte> Magic => "LSSN"u8;

    public static byte[] Encode(IReadOnlyList<KeyValuePair<string, long>> covered, ReadOnlySpan<byte> state)
    {
        var size = FixedHeaderBytes + 4 + 4 + state.Length;
        foreach (var (name, _) in covered)
        {
            size += 2 + Encoding.ASCII.GetByteCount(name) + 8;
        }

        var bytes = new byte[size];
        var span = bytes.AsSpan();
        Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], Version);
        var position = FixedHeaderBytes;
        BinaryPrimitives.WriteUInt32LittleEndian(span[position..], (uint)covered.Count);
        position += 4;
        foreach (var (name, length) in covered)
        {
            var nameBytes = Encoding.ASCII.GetBytes(name);
            BinaryPrimitives.WriteUInt16LittleEndian(span[position..], (ushort)nameBytes.Length);
            nameBytes.CopyTo(span[(position + 2)..]);
            position += 2 + nameBytes.Length;
            BinaryPrimitives.WriteUInt64LittleEndian(span[position..], (ulong)length);
            position += 8;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(span[position..], (uint)state.Length);
        state.CopyTo(span[(position + 4)..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], Crc32.HashToUInt32(span[FixedHeaderBytes..]));
        return bytes;
    }

    /// <summary>The snapshot's content, or null with <paramref name="problem"/> saying why it is unreadable.</summary>
    public static SnapshotContent? Decode(ReadOnlyMemory<byte> bytes, out string? problem)
    {
        var span = bytes.Span;
        problem = null;
        if (span.Length < FixedHeaderBytes + 8 || !span[..4].SequenceEqual(Magic))
        {
            problem = "not a snapshot (bad magic or too short)";
            return null;
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(span[4..]);
        if (version != Version)
        {
            problem = $"format version {version}, this server reads {Version}";
            return null;
        }

        if (BinaryPrimitives.ReadUInt16LittleEndian(span[6..]) != 0)
        {
            problem = "reserved header bytes are set";
            return null;
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(span[8..]) != Crc32.HashToUInt32(span[FixedHeaderBytes..]))
        {
            problem = "checksum mismatch";
            return null;
        }

        // The checksum held, so what follows was written by Encode; the bounds checks guard other writers.
        try
        {
            var position = FixedHeaderBytes;
            var count = BinaryPrimitives.ReadUInt32LittleEndian(span[position..]);
            position += 4;
            var covered = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = 0u; i < count; i++)
            {
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[position..]);
                var name = Encoding.ASCII.GetString(span.Slice(position + 2, nameLength));
                position += 2 + nameLength;
                covered[name] = checked((long)BinaryPrimitives.ReadUInt64LittleEndian(span[position..]));
                position += 8;
            }

            var stateLength = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(span[position..]));
            position += 4;
            if (position + stateLength != span.Length)
            {
                problem = "the state's length does not match the blob's";
                return null;
            }

            return new SnapshotContent(covered, bytes.Slice(position, stateLength));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            problem = "truncated segment list";
            return null;
        }
    }
}

/// <summary>A decoded snapshot: covered bytes per segment (relative names) and the state update.</summary>
public sealed record SnapshotContent(IReadOnlyDictionary<string, long> Covered, ReadOnlyMemory<byte> State);
