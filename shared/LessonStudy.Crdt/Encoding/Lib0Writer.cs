using System.Buffers.Binary;
using System.Text;

namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// Writes the lib0 binary primitives (lib0/encoding.js) into a growable buffer. Numbers follow
/// JavaScript semantics: lib0 numbers are doubles, so the variable-length writers take the value
/// as yjs would hold it.
/// </summary>
public sealed class Lib0Writer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private byte[] _buffer;
    private int _length;

    public Lib0Writer(int initialCapacity = 256)
    {
        _buffer = new byte[Math.Max(16, initialCapacity)];
    }

    /// <summary>Bytes written so far.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far, valid until the next write.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>A copy of the bytes written so far.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    /// <summary>Forgets what was written; keeps the buffer.</summary>
    public void Clear() => _length = 0;

    public void WriteUint8(byte value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    /// <summary>Raw bytes, no length prefix (lib0 <c>writeUint8Array</c>).</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>lib0 <c>writeVarUint</c>: 7 bits per byte, little-endian groups, high bit = continue.</summary>
    public void WriteVarUint(ulong value)
    {
        EnsureCapacity(10);
        while (value > 0x7F)
        {
            _buffer[_length++] = (byte)(0x80 | (value & 0x7F));
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    /// <summary>lib0 <c>writeVarInt</c> for an integral value (sign-magnitude, not zig-zag).</summary>
    public void WriteVarInt(long value) => WriteVarInt(value < 0 ? (ulong)-value : (ulong)value, value < 0);

    /// <summary>
    /// lib0 <c>writeVarInt</c> with an explicit sign, so that −0 (<c>0x40</c>) can be written: the
    /// V2 run-length encoders rely on it.
    /// </summary>
    public void WriteVarInt(ulong magnitude, bool negative)
    {
        EnsureCapacity(11);
        _buffer[_length++] = (byte)((magnitude > 0x3F ? 0x80 : 0) | (negative ? 0x40 : 0) | (int)(magnitude & 0x3F));
        magnitude >>= 6;
        while (magnitude > 0)
        {
            _buffer[_length++] = (byte)((magnitude > 0x7F ? 0x80 : 0) | (int)(magnitude & 0x7F));
            magnitude >>= 7;
        }
    }

    /// <summary>
    /// lib0 <c>writeVarInt</c> for a JavaScript number that is an integer (−0 included).
    /// </summary>
    public void WriteVarInt(double value)
    {
        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        WriteVarInt((ulong)Math.Abs(value), negative);
    }

    /// <summary>lib0 <c>writeVarString</c>: varUint byte length, then UTF-8 (lone surrogates become U+FFFD, as TextEncoder does).</summary>
    public void WriteVarString(string value)
    {
        var max = Utf8.GetMaxByteCount(value.Length);
        if (max <= 4096)
        {
            Span<byte> scratch = stackalloc byte[max];
            var n = Utf8.GetBytes(value, scratch);
            WriteVarUint((ulong)n);
            WriteBytes(scratch[..n]);
            return;
        }

        var count = Utf8.GetByteCount(value);
        WriteVarUint((ulong)count);
        EnsureCapacity(count);
        _length += Utf8.GetBytes(value, _buffer.AsSpan(_length));
    }

    /// <summary>lib0 <c>writeVarUint8Array</c>: varUint length, then the bytes.</summary>
    public void WriteVarUint8Array(ReadOnlySpan<byte> bytes)
    {
        WriteVarUint((ulong)bytes.Length);
        WriteBytes(bytes);
    }

    /// <summary>Big-endian IEEE 754 single (JavaScript DataView default).</summary>
    public void WriteFloat32(float value)
    {
        EnsureCapacity(4);
        BinaryPrimitives.WriteSingleBigEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    /// <summary>Big-endian IEEE 754 double.</summary>
    public void WriteFloat64(double value)
    {
        EnsureCapacity(8);
        BinaryPrimitives.WriteDoubleBigEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    /// <summary>Big-endian signed 64-bit (lib0 <c>writeBigInt64</c>).</summary>
    public void WriteBigInt64(long value)
    {
        EnsureCapacity(8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    private void EnsureCapacity(int extra)
    {
        if (_buffer.Length - _length < extra)
        {
            Grow(extra);
        }
    }

    private void Grow(int extra)
    {
        var needed = checked(_length + extra);
        var size = Math.Max(needed, _buffer.Length * 2);
        Array.Resize(ref _buffer, size);
    }
}
