using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Updates;

/// <summary>The three struct kinds of an encoded update.</summary>
internal enum LazyStructKind : byte
{
    GC,
    Skip,
    Item,
}

/// <summary>
/// A struct read from an encoded update without a document: what yjs's <c>LazyStructReader</c>
/// yields (<c>GC</c>, <c>Skip</c>, or an <c>Item</c> whose parent is still a root name or an item
/// ID). It is lighter than <see cref="Item"/> because document-less operations only read, slice
/// and write structs. Like yjs, the parent and parent key are only known when the item has
/// neither origin (otherwise the receiver copies them from the origin), and writing derives the
/// info byte from the fields, exactly as <c>Item.write</c> does.
/// </summary>
internal sealed class LazyStruct
{
    private LazyStruct(LazyStructKind kind, ulong client, long clock, long length)
    {
        Kind = kind;
        Client = client;
        Clock = clock;
        Length = length;
    }

    public LazyStructKind Kind { get; }

    public ulong Client { get; }

    public long Clock { get; }

    /// <summary>Clock units covered; GC and Skip lengths may grow by merging.</summary>
    public long Length { get; private set; }

    public long End => Clock + Length;

    public ID? Origin { get; private init; }

    public ID? RightOrigin { get; private init; }

    /// <summary>Root type name of the parent, when written as one.</summary>
    public string? ParentName { get; private init; }

    /// <summary>ID of the parent type's item, when written as one.</summary>
    public ID? ParentId { get; private init; }

    public string? ParentSub { get; private init; }

    public IContent? Content { get; private init; }

    public static LazyStruct CreateGC(ulong client, long clock, long length) => new(LazyStructKind.GC, client, clock, length);

    public static LazyStruct CreateSkip(ulong client, long clock, long length) => new(LazyStructKind.Skip, client, clock, length);

    public static LazyStruct CreateItem(
        ulong client, long clock, ID? origin, ID? rightOrigin, string? parentName, ID? parentId, string? parentSub, IContent content) =>
        new(LazyStructKind.Item, client, clock, content.GetLength())
        {
            Origin = origin,
            RightOrigin = rightOrigin,
            ParentName = parentName,
            ParentId = parentId,
            ParentSub = parentSub,
            Content = content,
        };

    /// <summary>
    /// yjs <c>sliceStruct</c>: the part from <paramref name="diff"/> on. A sliced item's origin is
    /// the unit before the cut (so it no longer needs its parent written).
    /// </summary>
    public LazyStruct SliceFrom(long diff) => Kind switch
    {
        LazyStructKind.GC => CreateGC(Client, Clock + diff, Length - diff),
        LazyStructKind.Skip => CreateSkip(Client, Clock + diff, Length - diff),
        _ => new LazyStruct(LazyStructKind.Item, Client, Clock + diff, Length - diff)
        {
            Origin = new ID(Client, Clock + diff - 1),
            RightOrigin = RightOrigin,
            ParentName = ParentName,
            ParentId = ParentId,
            ParentSub = ParentSub,
            // Splice keeps the left part in this struct's content and returns the right part;
            // callers discard this struct after slicing, as yjs does.
            Content = Content!.Splice(checked((int)diff)),
        },
    };

    /// <summary>
    /// yjs <c>mergeWith</c> as it behaves on document-less structs: GC with GC and Skip with Skip
    /// merge; items never do (yjs requires <c>left.right === right</c>, which is never true here).
    /// </summary>
    public bool MergeWith(LazyStruct right)
    {
        if (Kind == LazyStructKind.Item || Kind != right.Kind)
        {
            return false;
        }

        Length += right.Length;
        return true;
    }

    /// <summary>Resizes a Skip (yjs extends or shortens the Skip it is about to write).</summary>
    public void SetSkipLength(long length)
    {
        if (Kind == LazyStructKind.Skip)
        {
            Length = length;
        }
    }

    /// <summary>Writes the struct from <paramref name="offset"/> on (yjs <c>GC/Skip/Item.write</c>).</summary>
    public void Write(IUpdateEncoder encoder, long offset)
    {
        switch (Kind)
        {
            case LazyStructKind.GC:
                encoder.WriteInfo(0);
                encoder.WriteLen(Length - offset);
                return;
            case LazyStructKind.Skip:
                encoder.WriteInfo(10);
                encoder.RestEncoder.WriteVarUint((ulong)(Length - offset));
                return;
        }

        var origin = offset > 0 ? new ID(Client, Clock + offset - 1) : Origin;
        var info = (byte)((Content!.GetRef() & 0x1F)
            | (origin is null ? 0 : 0x80)
            | (RightOrigin is null ? 0 : 0x40)
            | (ParentSub is null ? 0 : 0x20));
        encoder.WriteInfo(info);
        if (origin is { } o)
        {
            encoder.WriteLeftId(o);
        }

        if (RightOrigin is { } r)
        {
            encoder.WriteRightId(r);
        }

        if (origin is null && RightOrigin is null)
        {
            if (ParentName is not null)
            {
                encoder.WriteParentInfo(true);
                encoder.WriteString(ParentName);
            }
            else
            {
                encoder.WriteParentInfo(false);
                encoder.WriteLeftId(ParentId!.Value);
            }

            if (ParentSub is not null)
            {
                encoder.WriteString(ParentSub);
            }
        }

        Content.Write(encoder, checked((int)offset));
    }
}
