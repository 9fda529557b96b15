using System.Text;

namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// lib0 <c>StringEncoder</c> (V2 <c>string</c> column): all strings concatenated into one varString,
/// followed by a <see cref="UintOptRleEncoder"/> of their UTF-16 lengths. Concatenating first matters:
/// a lone high surrogate at the end of one string and a lone low one at the start of the next
/// become one valid pair in the UTF-8, exactly as in JavaScript.
/// </summary>
internal sealed class StringEncoder
{
    private readonly StringBuilder _strings = new();
    private readonly UintOptRleEncoder _lengths = new();

    public void Write(string value)
    {
        _strings.Append(value);
        _lengths.Write((ulong)value.Length);
    }

    public byte[] ToArray()
    {
        var writer = new Lib0Writer(_strings.Length + 16);
        writer.WriteVarString(_strings.ToString());
        writer.WriteBytes(_lengths.ToArray());
        return writer.ToArray();
    }
}

/// <summary>
/// lib0 <c>StringDecoder</c>: one string, sliced by UTF-16 lengths. A length past the end of the
/// string is a <see cref="CrdtFormatException"/> (JavaScript's <c>slice</c> would silently shorten).
/// </summary>
internal sealed class StringDecoder
{
    private readonly string _all;
    private readonly UintOptRleDecoder _lengths;
    private int _pos;

    public StringDecoder(Lib0Reader reader)
    {
        _all = reader.ReadVarString();
        _lengths = new UintOptRleDecoder(reader, "string length");
    }

    public string Read()
    {
        var length = _lengths.Read();
        if (length > (ulong)(_all.Length - _pos))
        {
            throw new CrdtFormatException($"A string of {length} UTF-16 units at offset {_pos} runs past the {_all.Length} units of the V2 string column.");
        }

        var result = _all.Substring(_pos, (int)length);
        _pos += (int)length;
        return result;
    }
}
