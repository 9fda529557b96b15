using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>
/// A run of consecutive clocks of one client in the store (yjs <c>AbstractStruct</c>): an
/// <see cref="Item"/>, a <see cref="GC"/> (garbage-collected range) or a <see cref="Skip"/> (a gap,
/// only in document-less update merging).
/// </summary>
public abstract class AbstractStruct
{
    /// <summary>Mutable on purpose: integrating with an offset and splitting move the start clock.</summary>
    internal ID Id;

    /// <summary>Number of clocks this struct spans.</summary>
    internal int Length;

    /// <summary>
    /// Item flags (yjs <c>item.info</c>) kept on the base class so they share its padding; unused by
    /// <see cref="GC"/> and <see cref="Skip"/>.
    /// </summary>
    internal byte Info;

    private protected AbstractStruct(ID id, int length)
    {
        Id = id;
        Length = length;
    }

    /// <summary>Whether the struct's content is deleted (always true for GC and Skip).</summary>
    public abstract bool Deleted { get; }

    /// <summary>Appends <paramref name="right"/> to this struct if both are compatible neighbours.</summary>
    internal abstract bool MergeWith(AbstractStruct right);

    /// <summary>Writes the struct starting <paramref name="offset"/> clocks into it.</summary>
    internal abstract void Write(IUpdateEncoder encoder, int offset);

    /// <summary>Adds the struct to the document, skipping the first <paramref name="offset"/> clocks.</summary>
    internal abstract void Integrate(Transaction transaction, int offset);

    /// <summary>
    /// The client whose structs this one depends on and that the store does not have yet, or null
    /// when every dependency is present (then left, right and parent are resolved).
    /// </summary>
    internal abstract ulong? GetMissing(Transaction transaction, StructStore store);
}
