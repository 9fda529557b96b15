using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>
/// The payload of an <see cref="Item"/> (yjs <c>AbstractContent</c>). Lengths count clocks: UTF-16
/// code units for strings, one per element otherwise.
/// </summary>
public interface IContent
{
    int GetLength();

    /// <summary>False for meta content (formats, deleted) that array indexes and lengths skip.</summary>
    bool IsCountable();

    IReadOnlyList<object?> GetContent();

    IContent Copy();

    /// <summary>Keeps the first <paramref name="offset"/> clocks here and returns the rest.</summary>
    IContent Splice(int offset);

    /// <summary>Appends <paramref name="right"/> (of the same kind) if this kind can merge.</summary>
    bool MergeWith(IContent right);

    void Integrate(Transaction tr, Item item);

    void Delete(Transaction tr);

    void Gc(StructStore store);

    void Write(IUpdateEncoder encoder, int offset);

    /// <summary>The content ref written in the low five bits of the item's info byte.</summary>
    int GetRef();
}
