using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Structs;

/// <summary>A nested shared type (yjs <c>ContentType</c>, ref 7).</summary>
public sealed class ContentType : IContent
{
    internal const int YArrayRefID = 0;
    internal const int YMapRefID = 1;
    internal const int YTextRefID = 2;
    internal const int YXmlElementRefID = 3;
    internal const int YXmlFragmentRefID = 4;
    internal const int YXmlHookRefID = 5;
    internal const int YXmlTextRefID = 6;

    internal ContentType(AbstractType type) => Type = type;

    internal AbstractType Type { get; }

    public int GetLength() => 1;

    public bool IsCountable() => true;

    public IReadOnlyList<object?> GetContent() => [Type];

    public IContent Copy() => new ContentType(Type.Copy());

    public IContent Splice(int offset) => throw new NotSupportedException("Type content cannot be split.");

    public bool MergeWith(IContent right) => false;

    public void Integrate(Transaction tr, Item item) => Type.Integrate(tr.Doc, item);

    /// <summary>Deletes every child (iteratively, see <see cref="Transaction.DeleteTypeContent"/>).</summary>
    public void Delete(Transaction tr) => tr.DeleteTypeContent(Type);

    /// <summary>Collects every child; nested types are queued on the store instead of recursing.</summary>
    public void Gc(StructStore store) => store.GcTypeContent(Type);

    public void Write(IUpdateEncoder encoder, int offset) => Type.Write(encoder);

    public int GetRef() => 7;

    internal static ContentType Read(IUpdateDecoder decoder)
    {
        var typeRef = decoder.ReadTypeRef();
        AbstractType type = typeRef switch
        {
            YArrayRefID => YArray.ReadType(decoder),
            YMapRefID => YMap.ReadType(decoder),
            YTextRefID => YText.ReadType(decoder),
            YXmlElementRefID => YXmlElement.ReadType(decoder),
            YXmlFragmentRefID => YXmlFragment.ReadType(decoder),
            YXmlHookRefID => YXmlHook.ReadType(decoder),
            YXmlTextRefID => YXmlText.ReadType(decoder),
            _ => throw new CrdtFormatException($"Unknown type ref {typeRef}."),
        };
        return new ContentType(type);
    }
}
