namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// yjs <c>DSEncoderV2</c>: within one client's ranges, each clock is written as the gap since the
/// end of the previous range and each length minus one.
/// </summary>
public class DSEncoderV2 : IDSEncoder
{
    private long _dsCurrVal;

    public DSEncoderV2(int initialCapacity = 256)
    {
        RestEncoder = new Lib0Writer(initialCapacity);
    }

    public Lib0Writer RestEncoder { get; }

    /// <summary>The delete set's bytes (for a snapshot or a bare delete set; an update's columns come from <see cref="UpdateEncoderV2"/>).</summary>
    public virtual byte[] ToArray() => RestEncoder.ToArray();

    public void ResetDsCurVal() => _dsCurrVal = 0;

    /// <exception cref="ArgumentOutOfRangeException">The clock is before the end of the previous range (ranges must be sorted and merged).</exception>
    public void WriteDsClock(long clock)
    {
        var diff = clock - _dsCurrVal;
        if (diff < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(clock), clock, "Delete-set ranges must be written in clock order without overlap.");
        }

        _dsCurrVal = clock;
        RestEncoder.WriteVarUint((ulong)diff);
    }

    /// <exception cref="ArgumentOutOfRangeException">The length is not positive (yjs: unexpected case).</exception>
    public void WriteDsLen(long len)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(len);
        RestEncoder.WriteVarUint((ulong)(len - 1));
        _dsCurrVal += len;
    }
}

/// <summary>
/// yjs <c>UpdateEncoderV2</c>: struct fields go to nine run-length-encoded columns; values,
/// buffers, block headers and the delete set go to the rest stream. Byte-identical to yjs 13.6,
/// including its <see cref="WriteKey"/>, which never de-duplicates keys.
/// </summary>
public sealed class UpdateEncoderV2 : DSEncoderV2, IUpdateEncoder
{
    private readonly IntDiffOptRleEncoder _keyClockEncoder = new();
    private readonly UintOptRleEncoder _clientEncoder = new();
    private readonly IntDiffOptRleEncoder _leftClockEncoder = new();
    private readonly IntDiffOptRleEncoder _rightClockEncoder = new();
    private readonly RleEncoder _infoEncoder = new();
    private readonly StringEncoder _stringEncoder = new();
    private readonly RleEncoder _parentInfoEncoder = new();
    private readonly UintOptRleEncoder _typeRefEncoder = new();
    private readonly UintOptRleEncoder _lenEncoder = new();
    private long _keyClock;

    public UpdateEncoderV2(int initialCapacity = 256)
        : base(initialCapacity)
    {
    }

    /// <summary>The update: feature flag 0, the nine columns (each length-prefixed), then the rest stream.</summary>
    public override byte[] ToArray()
    {
        var writer = new Lib0Writer(RestEncoder.Length + 64);
        writer.WriteVarUint(0);
        writer.WriteVarUint8Array(_keyClockEncoder.ToArray());
        writer.WriteVarUint8Array(_clientEncoder.ToArray());
        writer.WriteVarUint8Array(_leftClockEncoder.ToArray());
        writer.WriteVarUint8Array(_rightClockEncoder.ToArray());
        writer.WriteVarUint8Array(_infoEncoder.WrittenSpan);
        writer.WriteVarUint8Array(_stringEncoder.ToArray());
        writer.WriteVarUint8Array(_parentInfoEncoder.WrittenSpan);
        writer.WriteVarUint8Array(_typeRefEncoder.ToArray());
        writer.WriteVarUint8Array(_lenEncoder.ToArray());
        writer.WriteBytes(RestEncoder.WrittenSpan);
        return writer.ToArray();
    }

    public void WriteLeftId(ID id)
    {
        _clientEncoder.Write(id.Client);
        _leftClockEncoder.Write(id.Clock);
    }

    public void WriteRightId(ID id)
    {
        _clientEncoder.Write(id.Client);
        _rightClockEncoder.Write(id.Clock);
    }

    public void WriteClient(ulong client) => _clientEncoder.Write(client);

    public void WriteInfo(byte info) => _infoEncoder.Write(info);

    public void WriteString(string value) => _stringEncoder.Write(value);

    public void WriteParentInfo(bool isYKey) => _parentInfoEncoder.Write(isYKey ? (byte)1 : (byte)0);

    public void WriteTypeRef(int typeRef)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(typeRef);
        _typeRefEncoder.Write((ulong)typeRef);
    }

    public void WriteLen(long len)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(len);
        _lenEncoder.Write((ulong)len);
    }

    public void WriteAny(object? value) => RestEncoder.WriteAny(value);

    public void WriteBuf(ReadOnlySpan<byte> buffer) => RestEncoder.WriteVarUint8Array(buffer);

    /// <summary>V2 writes JSON-typed values (embeds, format attributes) with <c>writeAny</c>.</summary>
    public void WriteJson(object? value) => RestEncoder.WriteAny(value);

    /// <summary>
    /// yjs 13.6 always writes a fresh key clock and the key itself (its key cache is disabled, and
    /// older readers depend on that); do not "optimise" this into a back-reference.
    /// </summary>
    public void WriteKey(string key)
    {
        _keyClockEncoder.Write(_keyClock++);
        _stringEncoder.Write(key);
    }
}
