namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// lib0 <c>IntDiffOptRleEncoder</c> (V2 <c>keyClock</c>, <c>leftClock</c>, <c>rightClock</c> columns):
/// each value is a difference d to the previous one (starting at 0); a run of n equal differences
/// is varInt(2d + (n &gt; 1 ? 1 : 0)) followed, when n &gt; 1, by varUint(n − 2).
/// </summary>
internal sealed class IntDiffOptRleEncoder
{
    private readonly Lib0Writer _writer = new(64);
    private long _state;
    private long _count;
    private Int128 _diff;

    public void Write(long value)
    {
        Int128 diff = (Int128)value - _state;
        if (_diff == diff)
        {
            _state = value;
            _count++;
            return;
        }

        Flush(_writer, _diff, _count);
        _count = 1;
        _diff = diff;
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
        Flush(tail, _diff, _count);
        var result = new byte[_writer.Length + tail.Length];
        _writer.WrittenSpan.CopyTo(result);
        tail.WrittenSpan.CopyTo(result.AsSpan(_writer.Length));
        return result;
    }

    private static void Flush(Lib0Writer writer, Int128 diff, long count)
    {
        if (count > 0)
        {
            var encoded = (diff * 2) + (count == 1 ? 0 : 1);
            writer.WriteVarInt((ulong)Int128.Abs(encoded), negative: encoded < 0);
            if (count > 1)
            {
                writer.WriteVarUint((ulong)(count - 2));
            }
        }
    }
}

/// <summary>lib0 <c>IntDiffOptRleDecoder</c>; every failure is a <see cref="CrdtFormatException"/>.</summary>
internal sealed class IntDiffOptRleDecoder(Lib0Reader reader, string column)
{
    private long _state;
    private long _count;
    private long _diff;

    public long Read()
    {
        if (_count == 0)
        {
            if (!reader.HasContent)
            {
                throw new CrdtFormatException($"The {column} column of the V2 update ended early.");
            }

            var v = (long)RunLength.ReadVarInt(reader, column);
            _diff = v >> 1;
            _count = 1;
            if ((v & 1) != 0)
            {
                _count = RunLength.Read(reader, column, 2);
            }
        }

        try
        {
            _state = checked(_state + _diff);
        }
        catch (OverflowException)
        {
            throw new CrdtFormatException($"The {column} column of the V2 update runs out of the clock range.");
        }

        _count--;
        return _state;
    }
}
