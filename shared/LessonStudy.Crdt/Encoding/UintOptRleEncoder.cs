namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// lib0 <c>UintOptRleEncoder</c> (V2 <c>client</c>, <c>typeRef</c>, <c>len</c> columns and string
/// lengths): a value seen once is written as varInt(v); a run of n ≥ 2 as varInt(−v) then
/// varUint(n − 2) — a run of zeros as −0 (<c>0x40</c>).
/// </summary>
internal sealed class UintOptRleEncoder
{
    private readonly Lib0Writer _writer = new(64);
    private ulong _state;
    private long _count;

    public void Write(ulong value)
    {
        if (_state == value)
        {
            _count++;
            return;
        }

        Flush(_writer, _state, _count);
        _count = 1;
        _state = value;
    }

    /// <summary>The encoding, the pending run included; the encoder stays usable.</summary>
    public byte[] ToArray()
    {
        if (_count == 0)
        {
            return _writer.ToArray();
        }

        var tail = new Lib0Writer(16);
        Flush(tail, _state, _count);
        var result = new byte[_writer.Length + tail.Length];
        _writer.WrittenSpan.CopyTo(result);
        tail.WrittenSpan.CopyTo(result.AsSpan(_writer.Length));
        return result;
    }

    private static void Flush(Lib0Writer writer, ulong state, long count)
    {
        if (count > 0)
        {
            writer.WriteVarInt(state, negative: count > 1);
            if (count > 1)
            {
                writer.WriteVarUint((ulong)(count - 2));
            }
        }
    }
}

/// <summary>lib0 <c>UintOptRleDecoder</c>; every failure is a <see cref="CrdtFormatException"/>.</summary>
internal sealed class UintOptRleDecoder(Lib0Reader reader, string column)
{
    private ulong _state;
    private long _count;

    public ulong Read()
    {
        if (_count == 0)
        {
            if (!reader.HasContent)
            {
                throw new CrdtFormatException($"The {column} column of the V2 update ended early.");
            }

            var v = RunLength.ReadVarInt(reader, column);
            _count = 1;
            // A negative sign (−0 included) says a run length follows.
            if (double.IsNegative(v))
            {
                v = -v;
                _count = RunLength.Read(reader, column, 2);
            }

            _state = (ulong)v;
        }

        _count--;
        return _state;
    }
}
