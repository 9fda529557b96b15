using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>
/// Legacy JSON values (yjs <c>ContentJSON</c>, ref 2): each element is written as its
/// <c>JSON.stringify</c> text, <c>undefined</c> as the text "undefined".
/// </summary>
public sealed class ContentJSON : IContent
{
    internal ContentJSON(object?[] arr) => Arr = arr;

    internal object?[] Arr { get; private set; }

    public int GetLength() => Arr.Length;

    public bool IsCountable() => true;

    public IReadOnlyList<object?> GetContent() => Arr;

    public IContent Copy() => new ContentJSON(Arr);

    public IContent Splice(int offset)
    {
        var right = new ContentJSON(Arr[offset..]);
        Arr = Arr[..offset];
        return right;
    }

    public bool MergeWith(IContent right)
    {
        Arr = [.. Arr, .. ((ContentJSON)right).Arr];
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

    public void Write(IUpdateEncoder encoder, int offset)
    {
        encoder.WriteLen(Arr.Length - offset);
        for (var i = offset; i < Arr.Length; i++)
        {
            var c = Arr[i];
            encoder.WriteString(c is JsUndefined ? "undefined" : JsJson.Stringify(c) ?? "undefined");
        }
    }

    public int GetRef() => 2;

    internal static ContentJSON Read(IUpdateDecoder decoder)
    {
        var len = ItemContentReader.ReadLength(decoder);
        var cs = new List<object?>(Math.Min(len, 1024));
        for (var i = 0; i < len; i++)
        {
            var c = decoder.ReadString();
            cs.Add(c == "undefined" ? JsUndefined.Value : JsJson.Parse(c, decoder.RestDecoder.Limits));
        }

        return new ContentJSON([.. cs]);
    }
}
