namespace LessonStudy.Crdt.Encoding;

/// <summary>yjs <c>DSDecoderV1</c>: delete-set clocks and lengths as plain varUints.</summary>
public class DSDecoderV1 : IDSDecoder
{
    public DSDecoderV1(Lib0Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        RestDecoder = reader;
    }

    public DSDecoderV1(ReadOnlyMemory<byte> data, DecodeLimits? limits = null)
        : this(new Lib0Reader(data, limits))
    {
    }

    public Lib0Reader RestDecoder { get; }

    public void ResetDsCurVal()
    {
        // V1 reads absolute clocks: nothing to reset.
    }

    public long ReadDsClock() => ReadClock(RestDecoder, "delete-set clock");

    public long ReadDsLen() => ReadClock(RestDecoder, "delete-set length");

    /// <summary>A varUint that must fit a <see cref="long"/> clock or length.</summary>
    internal static long ReadClock(Lib0Reader reader, string what)
    {
        var start = reader.Position;
        var value = reader.ReadVarUint();
        if (value > long.MaxValue)
        {
            throw new CrdtFormatException($"The {what} {value} at byte {start} is out of range.");
        }

        return (long)value;
    }
}

/// <summary>
/// yjs <c>UpdateDecoderV1</c>: reads everything from one lib0 stream. Throws only
/// <see cref="CrdtFormatException"/>.
/// </summary>
public sealed class UpdateDecoderV1 : DSDecoderV1, IUpdateDecoder
{
    public UpdateDecoderV1(Lib0Reader reader)
        : base(reader)
    {
    }

    public UpdateDecoderV1(ReadOnlyMemory<byte> data, DecodeLimits? limits = null)
        : base(data, limits)
    {
    }

    public ID ReadLeftId()
    {
        var client = RestDecoder.ReadVarUint();
        return new ID(client, ReadClock(RestDecoder, "clock"));
    }

    public ID ReadRightId()
    {
        var client = RestDecoder.ReadVarUint();
        return new ID(client, ReadClock(RestDecoder, "clock"));
    }

    public ulong ReadClient() => RestDecoder.ReadVarUint();

    public byte ReadInfo() => RestDecoder.ReadUint8();

    public string ReadString() => RestDecoder.ReadVarString();

    public bool ReadParentInfo() => RestDecoder.ReadVarUint() == 1;

    public int ReadTypeRef()
    {
        var start = RestDecoder.Position;
        var value = RestDecoder.ReadVarUint();
        if (value > int.MaxValue)
        {
            throw new CrdtFormatException($"The type ref {value} at byte {start} is out of range.");
        }

        return (int)value;
    }

    public long ReadLen() => ReadClock(RestDecoder, "length");

    public object? ReadAny() => RestDecoder.ReadAny();

    public byte[] ReadBuf() => RestDecoder.ReadVarUint8Array().ToArray();

    /// <summary>
    /// <c>JSON.parse</c> of a varString; the text <c>undefined</c> (what V1 writers emit for an
    /// undefined value) reads as <see cref="JsUndefined.Value"/>.
    /// </summary>
    public object? ReadJson()
    {
        var text = RestDecoder.ReadVarString();
        return text == "undefined" ? JsUndefined.Value : JsJson.Parse(text, RestDecoder.Limits);
    }

    public string ReadKey() => RestDecoder.ReadVarString();
}
