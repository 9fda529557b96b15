using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>A byte array element (yjs <c>ContentBinary</c>, ref 3).</summary>
public sealed class ContentBinary : IContent
{
    internal ContentBinary(byte[] content) => Content = content;

    internal byte[] Content { get; }

    public int GetLength() => 1;

    public bool IsCountable() => true;

    public IReadOnlyList<object?> GetContent() => [Content];

    public IContent Copy() => new ContentBinary(Content);

    public IContent Splice(int offset) => throw new NotSupportedException("Binary content cannot be split.");

    public bool MergeWith(IContent right) => false;

    public void Integrate(Transaction tr, Item item)
    {
    }

    public void Delete(Transaction tr)
    {
    }

    public void Gc(StructStore store)
    {
    }

    public void Write(IUpdateEncoder encoder, int offset) => encoder.WriteBuf(Content);

    public int GetRef() => 3;

    internal static ContentBinary Read(IUpdateDecoder decoder) => new(decoder.ReadBuf());
}
