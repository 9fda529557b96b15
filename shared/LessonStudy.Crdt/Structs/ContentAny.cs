using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>JavaScript values of a list or map (yjs <c>ContentAny</c>, ref 8); one clock per element.</summary>
public sealed class ContentAny : IContent
{
    internal ContentAny(object?[] arr) => Arr = arr;

    internal object?[] Arr { get; private set; }

    public int GetLength() => Arr.Length;

    public bool IsCountable() => true;

    public IReadOnlyList<object?> GetContent() => Arr;

    public IContent Copy() => new ContentAny(Arr);

    public IContent Splice(int offset)
    {
        var right = new ContentAny(Arr[offset..]);
        Arr = Arr[..offset];
        return right;
    }

    public bool MergeWith(IContent right)
    {
        Arr = [.. Arr, .. ((ContentAny)right).Arr];
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
            encoder.WriteAny(Arr[i]);
        }
    }

    public int GetRef() => 8;

    internal static ContentAny Read(IUpdateDecoder decoder)
    {
        var len = ItemContentReader.ReadLength(decoder);
        // The count is untrusted: grow as elements actually arrive instead of allocating it up front.
        var cs = new List<object?>(Math.Min(len, 1024));
        for (var i = 0; i < len; i++)
        {
            cs.Add(decoder.ReadAny());
        }

        return new ContentAny([.. cs]);
    }
}
