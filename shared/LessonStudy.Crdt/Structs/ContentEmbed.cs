using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>An embedded value in rich text (yjs <c>ContentEmbed</c>, ref 5).</summary>
public sealed class ContentEmbed : IContent
{
    internal ContentEmbed(object? embed) => Embed = embed;

    internal object? Embed { get; }

    public int GetLength() => 1;

    public bool IsCountable() => true;

    public IReadOnlyList<object?> GetContent() => [Embed];

    public IContent Copy() => new ContentEmbed(Embed);

    public IContent Splice(int offset) => throw new NotSupportedException("Embed content cannot be split.");

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

    public void Write(IUpdateEncoder encoder, int offset) => encoder.WriteJson(Embed);

    public int GetRef() => 5;

    internal static ContentEmbed Read(IUpdateDecoder decoder) => new(decoder.ReadJson());
}
