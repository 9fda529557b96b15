namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// lib0 <c>RleEncoder</c> over <c>writeUint8</c> (V2 <c>info</c> and <c>parentInfo</c> columns): a value,
/// then — once a different value comes — the run length minus one. The last run's length is never
/// written; the decoder repeats the last value for as long as it is asked.
/// </summary>
internal sealed class RleEncoder
{
    private readonly Lib0Writer _writer = new(64);
    private int _state = -1;
    private long _count;

    public void Write(byte value)
    {
        if (_state == value)
        {
            _count++;
            return;
        }

        if (_count > 0)
        {
            _writer.WriteVarUint((ulong)(_count - 1));
        }

        _count = 1;
        _writer.WriteUint8(value);
        _state = value;
    }

    public ReadOnlySpan<byte> WrittenSpan => _writer.WrittenSpan;
}

/// <summary>lib0 <c>RleDecoder</c> over <c>readUint8</c>; every failure is a <see cref="CrdtFormatException"/>.</summary>
internal sealed class RleDecoder(Lib0Reader reader, string column)
{
    private byte _state;

    // Values left in the current run; −1 means "the last value, forever".
    private long _count;

    public byte Read()
    {
        if (_count == 0)
        {
            if (!reader.HasContent)
            {
                throw new CrdtFormatException($"The {column} column of the V2 update ended early.");
            }

            _state = reader.ReadUint8();
            _count = reader.HasContent ? RunLength.Read(reader, column, 1) : -1;
        }

        _count--;
        return _state;
    }
}
