using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>What remains of deleted content: only its length (yjs <c>ContentDeleted</c>, ref 1).</summary>
public sealed class ContentDeleted : IContent
{
    internal ContentDeleted(int len) => Len = len;

    internal int Len { get; private set; }

    public int GetLength() => Len;

    public bool IsCountable() => false;

    public IReadOnlyList<object?> GetContent() => [];

    public IContent Copy() => new ContentDeleted(Len);

    public IContent Splice(int offset)
    {
        var right = new ContentDeleted(Len - offset);
        Len = offset;
        return right;
    }

    public bool MergeWith(IContent right)
    {
        Len += ((ContentDeleted)right).Len;
        return true;
    }

    public void Integrate(Transaction tr, Item item)
    {
        tr.DeleteSet.Add(item.Id.Client, item.Id.Clock, Len);
        item.MarkDeleted();
    }

    public void Delete(Transaction tr)
    {
    }

    public void Gc(StructStore store)
    {
    }

    public void Write(IUpdateEncoder encoder, int offset) => encoder.WriteLen(Len - offset);

    public int GetRef() => 1;

    internal static ContentDeleted Read(IUpdateDecoder decoder) => new(ItemContentReader.ReadLength(decoder));
}
