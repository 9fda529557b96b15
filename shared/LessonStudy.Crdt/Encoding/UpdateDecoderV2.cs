namespace LessonStudy.Crdt.Encoding;

/// <summary>yjs <c>DSDecoderV2</c>: clocks as gaps since the previous range's end, lengths minus one.</summary>
public class DSDecoderV2 : IDSDecoder
{
    private long _dsCurrVal;

    public DSDecoderV2(Lib0Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        RestDecoder = reader;
    }

    public DSDecoderV2(ReadOnlyMemory<byte> data, DecodeLimits? limits = null)
        : this(new Lib0Reader(data, limits))
    {
    }

    public Lib0Reader RestDecoder { get; }

    public void ResetDsCurVal() => _dsCurrVal = 0;

    public long ReadDsClock()
    {
        _dsCurrVal = Add(_dsCurrVal, DSDecoderV1.ReadClock(RestDecoder, "delete-set clock gap"));
        return _dsCurrVal;
    }

    public long ReadDsLen()
    {
        var len = Add(DSDecoderV1.ReadClock(RestDecoder, "delete-set length"), 1);
        _dsCurrVal = Add(_dsCurrVal, len);
        return len;
    }

    private static long Add(long a, long b)
    {
        var sum = a + b;
        if (sum < a)
        {
            throw new CrdtFormatException("A delete-set range runs out of the clock range.");
        }

        return sum;
    }
}

/// <summary>
/// yjs <c>UpdateDecoderV2</c>: reads the feature flag and the nine columns up front; the
/// <see cref="IDSDecoder.RestDecoder"/> then continues after them. Supports key back-references
/// (which yjs 13.6 never writes, but older and future writers may). Throws only
/// <see cref="CrdtFormatException"/>, also where yjs would read past a column's end and carry on
/// with <c>undefined</c> or 0.
/// </summary>
public sealed class UpdateDecoderV2 : DSDecoderV2, IUpdateDecoder
{
    private readonly List<string> _keys = [];
    private readonly IntDiffOptRleDecoder _keyClockDecoder;
    private readonly UintOptRleDecoder _clientDecoder;
    private readonly IntDiffOptRleDecoder _leftClockDecoder;
    private readonly IntDiffOptRleDecoder _rightClockDecoder;
    private readonly RleDecoder _infoDecoder;
    private readonly StringDecoder _stringDecoder;
    private readonly RleDecoder _parentInfoDecoder;
    private readonly UintOptRleDecoder _typeRefDecoder;
    private readonly UintOptRleDecoder _lenDecoder;

    public UpdateDecoderV2(Lib0Reader reader)
        : base(reader)
    {
        reader.ReadVarUint(); // feature flag, unused by yjs 13.6
        _keyClockDecoder = new IntDiffOptRleDecoder(Column(reader), "keyClock");
        _clientDecoder = new UintOptRleDecoder(Column(reader), "client");
        _leftClockDecoder = new IntDiffOptRleDecoder(Column(reader), "leftClock");
        _rightClockDecoder = new IntDiffOptRleDecoder(Column(reader), "rightClock");
        _infoDecoder = new RleDecoder(Column(reader), "info");
        _stringDecoder = new StringDecoder(Column(reader));
        _parentInfoDecoder = new RleDecoder(Column(reader), "parentInfo");
        _typeRefDecoder = new UintOptRleDecoder(Column(reader), "typeRef");
        _lenDecoder = new UintOptRleDecoder(Column(reader), "len");
    }

    public UpdateDecoderV2(ReadOnlyMemory<byte> data, DecodeLimits? limits = null)
        : this(new Lib0Reader(data, limits))
    {
    }

    public ID ReadLeftId()
    {
        var client = _clientDecoder.Read();
        return new ID(client, CheckClock(_leftClockDecoder.Read(), "leftClock"));
    }

    public ID ReadRightId()
    {
        var client = _clientDecoder.Read();
        return new ID(client, CheckClock(_rightClockDecoder.Read(), "rightClock"));
    }

    public ulong ReadClient() => _clientDecoder.Read();

    public byte ReadInfo() => _infoDecoder.Read();

    public string ReadString() => _stringDecoder.Read();

    public bool ReadParentInfo() => _parentInfoDecoder.Read() == 1;

    public int ReadTypeRef()
    {
        var value = _typeRefDecoder.Read();
        if (value > int.MaxValue)
        {
            throw new CrdtFormatException($"The type ref {value} in the V2 typeRef column is out of range.");
        }

        return (int)value;
    }

    public long ReadLen()
    {
        var value = _lenDecoder.Read();
        if (value > long.MaxValue)
        {
            throw new CrdtFormatException($"The length {value} in the V2 len column is out of range.");
        }

        return (long)value;
    }

    public object? ReadAny() => RestDecoder.ReadAny();

    public byte[] ReadBuf() => RestDecoder.ReadVarUint8Array().ToArray();

    /// <summary>V2 reads JSON-typed values (embeds, format attributes) with <c>readAny</c>.</summary>
    public object? ReadJson() => RestDecoder.ReadAny();

    public string ReadKey()
    {
        var keyClock = _keyClockDecoder.Read();
        if (keyClock < 0)
        {
            throw new CrdtFormatException($"The key clock {keyClock} in the V2 keyClock column is negative.");
        }

        if (keyClock < _keys.Count)
        {
            return _keys[(int)keyClock];
        }

        var key = _stringDecoder.Read();
        _keys.Add(key);
        return key;
    }

    private static Lib0Reader Column(Lib0Reader reader) => new(reader.ReadVarUint8Array(), reader.Limits);

    private static long CheckClock(long clock, string column) =>
        clock >= 0 ? clock : throw new CrdtFormatException($"The clock {clock} in the V2 {column} column is negative.");
}
