using System.Buffers.Binary;
using System.Text;

namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// Reads the lib0 binary primitives (lib0/decoding.js) from untrusted bytes. Every failure is a
/// <see cref="CrdtFormatException"/> naming what was being read and the byte offset.
/// Integers follow lib0 exactly: they are accumulated as JavaScript doubles, so a value past
/// 2^53 is rounded as a JavaScript peer would round it, and lib0's range checks are repeated.
/// </summary>
public sealed class Lib0Reader
{
    private const double MaxSafeInteger = 9007199254740991d;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlyMemory<byte> _data;
    private int _pos;

    public Lib0Reader(ReadOnlyMemory<byte> data, DecodeLimits? limits = null)
    {
        Limits = limits ?? DecodeLimits.Default;
        if (data.Length > Limits.MaxInputBytes)
        {
            throw new CrdtFormatException($"Input of {data.Length} bytes exceeds the limit of {Limits.MaxInputBytes} bytes.");
        }

        _data = data;
    }

    public DecodeLimits Limits { get; }

    /// <summary>Current byte offset.</summary>
    public int Position => _pos;

    /// <summary>Bytes not yet read.</summary>
    public int Remaining => _data.Length - _pos;

    /// <summary>lib0 <c>hasContent</c>.</summary>
    public bool HasContent => _pos < _data.Length;

    public byte ReadUint8()
    {
        if (_pos >= _data.Length)
        {
            throw EndOfInput("a byte");
        }

        return _data.Span[_pos++];
    }

    /// <summary>Raw bytes without a length prefix (lib0 <c>readUint8Array</c>); a slice of the input, not a copy.</summary>
    public ReadOnlyMemory<byte> ReadBytes(int length)
    {
        if (length < 0 || length > Remaining)
        {
            throw EndOfInput($"{length} bytes");
        }

        var slice = _data.Slice(_pos, length);
        _pos += length;
        return slice;
    }

    /// <summary>
    /// lib0 <c>readVarUint</c>. Accumulates as a JavaScript double does (values past 2^53 are
    /// rounded) and throws where lib0 throws: past the end, or when more bytes follow a value
    /// already beyond 2^53 − 1.
    /// </summary>
    public ulong ReadVarUint()
    {
        var span = _data.Span;
        var start = _pos;
        // Fast path: up to 7 bytes cannot exceed 2^49, exact in both integer and double arithmetic.
        ulong fast = 0;
        var shift = 0;
        while (_pos < span.Length && shift < 49)
        {
            var b = span[_pos++];
            fast |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return fast;
            }

            shift += 7;
        }

        if (_pos >= span.Length)
        {
            _pos = start;
            throw EndOfInput("a varUint");
        }

        double num = fast;
        double mult = Math.Pow(2, shift);
        while (_pos < span.Length)
        {
            var b = span[_pos++];
            num += (b & 0x7F) * mult;
            mult *= 128;
            if (b < 0x80)
            {
                return ToUInt64(num, start);
            }

            if (num > MaxSafeInteger)
            {
                throw new CrdtFormatException($"Integer out of range at byte {start}: a varUint is larger than 2^53 - 1.");
            }
        }

        _pos = start;
        throw EndOfInput("a varUint");
    }

    /// <summary>
    /// lib0 <c>readVarInt</c> as the JavaScript number it decodes to; −0 (<c>0x40</c>) comes back as
    /// <c>-0.0</c>, which the V2 run-length decoders need to see.
    /// </summary>
    public double ReadVarInt()
    {
        var start = _pos;
        var r = ReadUint8();
        double num = r & 0x3F;
        double mult = 64;
        var sign = (r & 0x40) != 0 ? -1d : 1d;
        if ((r & 0x80) == 0)
        {
            return sign * num;
        }

        var span = _data.Span;
        while (_pos < span.Length)
        {
            r = span[_pos++];
            num += (r & 0x7F) * mult;
            mult *= 128;
            if (r < 0x80)
            {
                return sign * num;
            }

            if (num > MaxSafeInteger)
            {
                throw new CrdtFormatException($"Integer out of range at byte {start}: a varInt is larger than 2^53 - 1.");
            }
        }

        _pos = start;
        throw EndOfInput("a varInt");
    }

    /// <summary>A varUint that must fit an <see cref="int"/> count or length (bounded by <paramref name="max"/>).</summary>
    public int ReadVarUintAsLength(string what, int max)
    {
        var start = _pos;
        var v = ReadVarUint();
        if (v > (ulong)max)
        {
            throw new CrdtFormatException($"{what} of {v} at byte {start} exceeds the limit of {max}.");
        }

        return (int)v;
    }

    /// <summary>lib0 <c>readVarString</c>: UTF-8, strict as lib0's fatal TextDecoder (invalid UTF-8 is an error).</summary>
    public string ReadVarString()
    {
        var start = _pos;
        var len = ReadVarUintAsLength("String length", Limits.MaxStringBytes);
        if (len > Remaining)
        {
            _pos = start;
            throw EndOfInput($"a string of {len} bytes");
        }

        var bytes = _data.Span.Slice(_pos, len);
        _pos += len;
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CrdtFormatException($"Invalid UTF-8 in the string at byte {start}.", ex);
        }
    }

    /// <summary>lib0 <c>readVarUint8Array</c>: a slice of the input (copy it if you keep it past the input's life).</summary>
    public ReadOnlyMemory<byte> ReadVarUint8Array()
    {
        var start = _pos;
        var len = ReadVarUintAsLength("Byte array length", Limits.MaxInputBytes);
        if (len > Remaining)
        {
            _pos = start;
            throw EndOfInput($"a byte array of {len} bytes");
        }

        return ReadBytes(len);
    }

    public float ReadFloat32() => BinaryPrimitives.ReadSingleBigEndian(ReadBytes(4).Span);

    public double ReadFloat64() => BinaryPrimitives.ReadDoubleBigEndian(ReadBytes(8).Span);

    public long ReadBigInt64() => BinaryPrimitives.ReadInt64BigEndian(ReadBytes(8).Span);

    private CrdtFormatException EndOfInput(string what) =>
        new($"Unexpected end of input at byte {_pos} of {_data.Length} while reading {what}.");

    /// <summary>
    /// lib0 would return numbers of 2^64 and more (even Infinity or NaN, after long runs of 0x80
    /// bytes); no ID, clock or length can be that large, so we refuse them instead.
    /// </summary>
    private static ulong ToUInt64(double num, int start) =>
        num < 18446744073709551616d
            ? (ulong)num
            : throw new CrdtFormatException($"Integer out of range at byte {start}: a varUint of 2^64 or more.");
}
