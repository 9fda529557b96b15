using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>A run of text (yjs <c>ContentString</c>, ref 4). Length counts UTF-16 code units.</summary>
public sealed class ContentString : IContent
{
    internal ContentString(string str) => Str = str;

    internal string Str { get; private set; }

    public int GetLength() => Str.Length;

    public bool IsCountable() => true;

    /// <summary>One string per UTF-16 code unit, like JavaScript's <c>str.split('')</c>.</summary>
    public IReadOnlyList<object?> GetContent()
    {
        var result = new object?[Str.Length];
        for (var i = 0; i < Str.Length; i++)
        {
            result[i] = Str[i].ToString();
        }

        return result;
    }

    public IContent Copy() => new ContentString(Str);

    public IContent Splice(int offset)
    {
        var right = new ContentString(Str[offset..]);
        Str = Str[..offset];
        // Splitting inside a surrogate pair would leave invalid UTF-16 on both sides; yjs replaces
        // both halves with U+FFFD (yjs issue #248), and so must we for identical documents.
        if (offset > 0 && char.IsHighSurrogate(Str[offset - 1]))
        {
            Str = string.Concat(Str.AsSpan(0, offset - 1), "\uFFFD");
            right.Str = string.Concat("\uFFFD", right.Str.AsSpan(1));
        }

        return right;
    }

    public bool MergeWith(IContent right)
    {
        Str = string.Concat(Str, ((ContentString)right).Str);
        return true;
    }

    public void Integrate(Transaction tr, Item item)
    {
    }

    public void Delete(Transaction tr)
    {
    }

    public void Gc(StructStore store)
    {
    }

    public void Write(IUpdateEncoder encoder, int offset) => encoder.WriteString(offset == 0 ? Str : Str[offset..]);

    public int GetRef() => 4;

    internal static ContentString Read(IUpdateDecoder decoder) => new(decoder.ReadString());
}
