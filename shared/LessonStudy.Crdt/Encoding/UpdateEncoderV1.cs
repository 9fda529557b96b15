namespace LessonStudy.Crdt.Encoding;

/// <summary>yjs <c>DSEncoderV1</c>: delete-set clocks and lengths as plain varUints.</summary>
public class DSEncoderV1 : IDSEncoder
{
    public DSEncoderV1(int initialCapacity = 256)
    {
        RestEncoder = new Lib0Writer(initialCapacity);
    }

    public Lib0Writer RestEncoder { get; }

    public byte[] ToArray() => RestEncoder.ToArray();

    public void ResetDsCurVal()
    {
        // V1 writes absolute clocks: nothing to reset.
    }

    public void WriteDsClock(long clock) => RestEncoder.WriteVarUint(ToUnsigned(clock));

    public void WriteDsLen(long len) => RestEncoder.WriteVarUint(ToUnsigned(len));

    private protected static ulong ToUnsigned(long value, string what = "A clock or length")
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{what} cannot be negative.");
        }

        return (ulong)value;
    }
}

/// <summary>
/// yjs <c>UpdateEncoderV1</c>: everything goes, in call order, into one lib0 stream. JSON values are
/// written as <c>JSON.stringify</c> text (<see cref="JsJson"/>); <see cref="JsUndefined.Value"/>
/// as the text <c>undefined</c>.
/// </summary>
public sealed class UpdateEncoderV1 : DSEncoderV1, IUpdateEncoder
{
    public UpdateEncoderV1(int initialCapacity = 256)
        : base(initialCapacity)
    {
    }

    public void WriteLeftId(ID id)
    {
        RestEncoder.WriteVarUint(id.Client);
        RestEncoder.WriteVarUint(ToUnsigned(id.Clock));
    }

    public void WriteRightId(ID id)
    {
        RestEncoder.WriteVarUint(id.Client);
        RestEncoder.WriteVarUint(ToUnsigned(id.Clock));
    }

    public void WriteClient(ulong client) => RestEncoder.WriteVarUint(client);

    public void WriteInfo(byte info) => RestEncoder.WriteUint8(info);

    public void WriteString(string value) => RestEncoder.WriteVarString(value);

    public void WriteParentInfo(bool isYKey) => RestEncoder.WriteVarUint(isYKey ? 1UL : 0UL);

    public void WriteTypeRef(int typeRef) => RestEncoder.WriteVarUint(ToUnsigned(typeRef, "A type ref"));

    public void WriteLen(long len) => RestEncoder.WriteVarUint(ToUnsigned(len));

    public void WriteAny(object? value) => RestEncoder.WriteAny(value);

    public void WriteBuf(ReadOnlySpan<byte> buffer) => RestEncoder.WriteVarUint8Array(buffer);

    /// <exception cref="ArgumentException">The value holds a bigint (JSON cannot) or has no JavaScript counterpart.</exception>
    public void WriteJson(object? value) => RestEncoder.WriteVarString(JsJson.Stringify(value) ?? "undefined");

    public void WriteKey(string key) => RestEncoder.WriteVarString(key);
}
