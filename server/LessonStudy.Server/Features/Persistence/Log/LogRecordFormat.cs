using System.Buffers.Binary;
using System.IO.Hashing;

namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// One log record: [u32 LE payload length][u32 LE CRC-32 (IEEE) of the length field and the payload]
/// [payload = one v1 yjs update]. The checksum covers the length so that a damaged length field is
/// caught too. A block (one append) holds whole records only; a record never spans blocks, so a torn
/// append can only cut the last records of a segment. Layout in docs/storage.md.
/// </summary>
public static class LogRecordFormat
{
    public const int HeaderBytes = 8;

    /// <summary>Writes one record into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(Span<byte> destination, ReadOnlySpan<byte> payload)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)payload.Length);
        payload.CopyTo(destination[HeaderBytes..]);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], Checksum(destination[..4], payload));
        return HeaderBytes + payload.Length;
    }

    /// <summary>
    /// Reads records from <paramref name="start"/> up to the end of <paramref name="segment"/>, adding each
    /// payload (a slice, not a copy) to <paramref name="payloads"/>. Stops at the first record that is
    /// cut short or fails its checksum and says why; everything before it is good.
    /// </summary>
    public static LogReadResult Read(ReadOnlyMemory<byte> segment, int start, List<ReadOnlyMemory<byte>> payloads)
    {
        var span = segment.Span;
        var position = start;
        while (position < span.Length)
        {
            if (span.Length - position < HeaderBytes)
            {
                return new LogReadResult(position, $"{span.Length - position} bytes left, too few for a record header");
            }

            var length = BinaryPrimitives.ReadUInt32LittleEndian(span[position..]);
            if (length == 0)
            {
                return new LogReadResult(position, "a record of length 0");
            }

            if (length > (uint)(span.Length - position - HeaderBytes))
            {
                return new LogReadResult(position, $"a record of {length} bytes runs past the end ({span.Length - position - HeaderBytes} left)");
            }

            var payload = span.Slice(position + HeaderBytes, (int)length);
            var stored = BinaryPrimitives.ReadUInt32LittleEndian(span[(position + 4)..]);
            if (stored != Checksum(span.Slice(position, 4), payload))
            {
                return new LogReadResult(position, $"a record of {length} bytes fails its checksum");
            }

            payloads.Add(segment.Slice(position + HeaderBytes, (int)length));
            position += HeaderBytes + (int)length;
        }

        return new LogReadResult(position, null);
    }

    private static uint Checksum(ReadOnlySpan<byte> lengthField, ReadOnlySpan<byte> payload)
    {
        var crc = new Crc32();
        crc.Append(lengthField);
        crc.Append(payload);
        return crc.GetCurrentHashAsUInt32();
    }
}

/// <summary>Where reading stopped (the end of the last good record) and, when it stopped early, why.</summary>
public readonly record struct LogReadResult(int End, string? Problem);
