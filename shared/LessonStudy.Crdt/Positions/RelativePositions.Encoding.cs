using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Positions;

/// <summary>
/// The binary form (<c>varUint(0) ID | uint8(1) varString(tname) | uint8(2) ID</c>, then
/// <c>varInt(assoc)</c>, optional on read) and the JSON form
/// (<c>{type?:{client,clock}, tname?, item?:{client,clock}, assoc}</c>) of relative positions.
/// </summary>
public static partial class RelativePositions
{
    private const double MaxSafeInteger = 9007199254740991d;

    /// <summary>yjs <c>encodeRelativePosition</c>.</summary>
    public static byte[] EncodeRelativePosition(RelativePosition rpos)
    {
        var writer = new Lib0Writer(16);
        WriteRelativePosition(writer, rpos);
        return writer.ToArray();
    }

    /// <summary>yjs <c>writeRelativePosition</c>.</summary>
    public static void WriteRelativePosition(Lib0Writer writer, RelativePosition rpos)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rpos);
        if (rpos.Item is { } item)
        {
            writer.WriteVarUint(0);
            WriteId(writer, item);
        }
        else if (rpos.TName is not null)
        {
            writer.WriteUint8(1);
            writer.WriteVarString(rpos.TName);
        }
        else if (rpos.Type is { } type)
        {
            writer.WriteUint8(2);
            WriteId(writer, type);
        }
        else
        {
            throw new ArgumentException("The relative position has neither an item, a type name nor a type ID.", nameof(rpos));
        }

        writer.WriteVarInt(rpos.Assoc);
    }

    /// <summary>yjs <c>decodeRelativePosition</c>; a missing association reads as 0.</summary>
    /// <exception cref="CrdtFormatException">Truncated, an unknown kind, or an association outside <see cref="int"/>.</exception>
    public static RelativePosition DecodeRelativePosition(ReadOnlyMemory<byte> bytes) => ReadRelativePosition(new Lib0Reader(bytes));

    /// <summary>yjs <c>readRelativePosition</c>; unlike yjs, an unknown kind is an error rather than an empty position.</summary>
    /// <exception cref="CrdtFormatException">Truncated, an unknown kind, or an association outside <see cref="int"/>.</exception>
    public static RelativePosition ReadRelativePosition(Lib0Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ID? type = null;
        string? tname = null;
        ID? item = null;
        var kind = reader.ReadVarUint();
        switch (kind)
        {
            case 0:
                item = ReadId(reader);
                break;
            case 1:
                tname = reader.ReadVarString();
                break;
            case 2:
                type = ReadId(reader);
                break;
            default:
                throw new CrdtFormatException($"Unknown relative position kind {kind}.");
        }

        var assoc = reader.HasContent ? ToAssoc(reader.ReadVarInt()) : 0;
        return new RelativePosition(type, tname, item, assoc);
    }

    /// <summary>
    /// yjs <c>relativePositionToJSON</c>: keys <c>type</c>, <c>tname</c>, <c>item</c>, <c>assoc</c>
    /// in that order, absent ones left out. Like yjs, an empty root name is left out too (it is falsy).
    /// </summary>
    public static JsObject RelativePositionToJson(RelativePosition rpos)
    {
        ArgumentNullException.ThrowIfNull(rpos);
        var json = new JsObject(4);
        if (rpos.Type is { } type)
        {
            json.Set("type", IdToJson(type));
        }

        if (!string.IsNullOrEmpty(rpos.TName))
        {
            json.Set("tname", rpos.TName);
        }

        if (rpos.Item is { } item)
        {
            json.Set("item", IdToJson(item));
        }

        json.Set("assoc", (double)rpos.Assoc);
        return json;
    }

    /// <summary>
    /// yjs <c>createRelativePositionFromJSON</c>, for JSON from <see cref="JsJson.Parse"/> (e.g. inside
    /// an awareness state) or <see cref="RelativePositionToJson"/>. The JSON is untrusted: IDs must
    /// hold non-negative safe integers, <c>tname</c> a string and <c>assoc</c> an integer.
    /// </summary>
    /// <exception cref="CrdtFormatException">The JSON is not a relative position.</exception>
    public static RelativePosition CreateRelativePositionFromJson(object? json)
    {
        if (json is not JsObject obj)
        {
            throw new CrdtFormatException("A relative position in JSON must be an object.");
        }

        var type = IdFromJson(obj, "type");
        var item = IdFromJson(obj, "item");
        string? tname = null;
        if (obj.TryGetValue("tname", out var t) && t is not null and not JsUndefined)
        {
            tname = t as string ?? throw new CrdtFormatException("The relative position's tname must be a string.");
        }

        var assoc = 0;
        if (obj.TryGetValue("assoc", out var a) && a is not null and not JsUndefined)
        {
            assoc = a is double d ? ToAssoc(d) : throw new CrdtFormatException("The relative position's assoc must be a number.");
        }

        return new RelativePosition(type, tname, item, assoc);
    }

    private static void WriteId(Lib0Writer writer, ID id)
    {
        writer.WriteVarUint(id.Client);
        writer.WriteVarUint((ulong)id.Clock);
    }

    private static ID ReadId(Lib0Reader reader)
    {
        var client = reader.ReadVarUint();
        var clock = reader.ReadVarUint();
        if (clock > MaxSafeInteger)
        {
            throw new CrdtFormatException($"Clock {clock} exceeds 2^53 - 1.");
        }

        return new ID(client, (long)clock);
    }

    private static int ToAssoc(double value)
    {
        if (double.IsNaN(value) || value != Math.Floor(value) || value < int.MinValue || value > int.MaxValue)
        {
            throw new CrdtFormatException($"Relative position association {value} is not an integer in range.");
        }

        return (int)value;
    }

    private static JsObject IdToJson(ID id)
    {
        var json = new JsObject(2);
        json.Set("client", (double)id.Client);
        json.Set("clock", (double)id.Clock);
        return json;
    }

    private static ID? IdFromJson(JsObject obj, string key)
    {
        if (!obj.TryGetValue(key, out var value) || value is null or JsUndefined)
        {
            return null;
        }

        if (value is JsObject id && id.TryGetValue("client", out var c) && c is double client
            && id.TryGetValue("clock", out var k) && k is double clock
            && IsSafeNonNegativeInteger(client) && IsSafeNonNegativeInteger(clock))
        {
            return new ID((ulong)client, (long)clock);
        }

        throw new CrdtFormatException($"The relative position's {key} must be {{client, clock}} with non-negative integers.");
    }

    private static bool IsSafeNonNegativeInteger(double x) => x >= 0 && x <= MaxSafeInteger && x == Math.Floor(x);
}
