using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Structs;

/// <summary>
/// A run of inserted content of one client (yjs <c>Item</c>), linked into its parent's list
/// (left/right) and kept in the store by clock. See INTERNALS.md "Data structures" for the field layout.
/// </summary>
/// <remarks>
/// Memory matters here (one object per run of typed text): the flags live in one byte, origins are
/// stored as plain client/clock pairs with presence bits instead of nullable IDs, the decode-time
/// parent info shares the parent field, and the rarely used <see cref="Redone"/> is boxed.
/// </remarks>
public sealed partial class Item : AbstractStruct
{
    internal const byte KeepBit = 1;
    internal const byte CountableBit = 2;
    internal const byte DeletedBit = 4;
    internal const byte MarkerBit = 8;
    private const byte HasOriginBit = 16;
    private const byte HasRightOriginBit = 32;

    private ulong _originClient;
    private long _originClock;
    private ulong _rightOriginClient;
    private long _rightOriginClock;

    /// <summary>An <see cref="AbstractType"/> once integrated; before that a root name
    /// (<see cref="string"/>), a boxed parent item <see cref="ID"/>, or null (copied from a neighbour).</summary>
    private object? _parent;

    /// <summary>A boxed <see cref="ID"/> or null: set only by undo/redo, so it costs one pointer.</summary>
    private object? _redone;

    /// <summary>The item currently to the left (deleted or not).</summary>
    internal Item? Left;

    /// <summary>The item currently to the right (deleted or not).</summary>
    internal Item? Right;

    /// <summary>The map key when the parent holds this item under a key; null in list parents.</summary>
    internal string? ParentSub;

    internal IContent Content;

    /// <summary>
    /// Creates an item. <paramref name="parent"/> is the parent type, or — for decoded items not yet
    /// integrated — a root name (<see cref="string"/>), a parent item <see cref="ID"/>, or null when it
    /// is to be copied from the left or right neighbour.
    /// </summary>
    internal Item(ID id, Item? left, ID? origin, Item? right, ID? rightOrigin, object? parent, string? parentSub, IContent content)
        : base(id, content.GetLength())
    {
        Info = content.IsCountable() ? CountableBit : (byte)0;
        Origin = origin;
        Left = left;
        Right = right;
        RightOrigin = rightOrigin;
        _parent = parent;
        ParentSub = parentSub;
        Content = content;
    }

    /// <summary>The item that was to the left when this one was created.</summary>
    internal ID? Origin
    {
        get => (Info & HasOriginBit) != 0 ? new ID(_originClient, _originClock) : null;
        set
        {
            if (value is { } v)
            {
                _originClient = v.Client;
                _originClock = v.Clock;
                Info |= HasOriginBit;
            }
            else
            {
                Info &= unchecked((byte)~HasOriginBit);
            }
        }
    }

    /// <summary>The item that was to the right when this one was created.</summary>
    internal ID? RightOrigin
    {
        get => (Info & HasRightOriginBit) != 0 ? new ID(_rightOriginClient, _rightOriginClock) : null;
        set
        {
            if (value is { } v)
            {
                _rightOriginClient = v.Client;
                _rightOriginClock = v.Clock;
                Info |= HasRightOriginBit;
            }
            else
            {
                Info &= unchecked((byte)~HasRightOriginBit);
            }
        }
    }

    internal bool HasOrigin => (Info & HasOriginBit) != 0;

    internal bool HasRightOrigin => (Info & HasRightOriginBit) != 0;

    /// <summary>The parent type; null before integration (see <see cref="ParentKey"/>, <see cref="ParentId"/>).</summary>
    internal AbstractType? Parent
    {
        get => _parent as AbstractType;
        set => _parent = value;
    }

    /// <summary>Decode-time parent given as a root type name.</summary>
    internal string? ParentKey => _parent as string;

    /// <summary>Decode-time parent given as the ID of the parent type's item.</summary>
    internal ID? ParentId => _parent is ID id ? id : null;

    /// <summary>Raw parent slot, for update re-encoding of unintegrated items.</summary>
    internal object? ParentInfo
    {
        get => _parent;
        set => _parent = value;
    }

    /// <summary>The item this one was redone as (undo manager); prevents merging.</summary>
    internal ID? Redone
    {
        get => _redone is ID id ? id : null;
        set => _redone = value;
    }

    /// <summary>Never garbage-collect this item (and, via <see cref="KeepItem"/>, its parents).</summary>
    internal bool Keep
    {
        get => (Info & KeepBit) != 0;
        set => Info = value ? (byte)(Info | KeepBit) : (byte)(Info & ~KeepBit);
    }

    internal bool Countable => (Info & CountableBit) != 0;

    /// <summary>Whether this item is a search marker's position.</summary>
    internal bool Marker
    {
        get => (Info & MarkerBit) != 0;
        set => Info = value ? (byte)(Info | MarkerBit) : (byte)(Info & ~MarkerBit);
    }

    public override bool Deleted => (Info & DeletedBit) != 0;

    internal void MarkDeleted() => Info |= DeletedBit;

    /// <summary>The next item to the right that is not deleted.</summary>
    internal Item? Next
    {
        get
        {
            var n = Right;
            while (n is not null && n.Deleted)
            {
                n = n.Right;
            }

            return n;
        }
    }

    /// <summary>The previous item to the left that is not deleted.</summary>
    internal Item? Prev
    {
        get
        {
            var n = Left;
            while (n is not null && n.Deleted)
            {
                n = n.Left;
            }

            return n;
        }
    }

    /// <summary>The ID of the item's last clock.</summary>
    internal ID LastId => Length == 1 ? Id : new ID(Id.Client, Id.Clock + Length - 1);

    /// <summary>Whether <see cref="Origin"/> equals the given one (both absent counts as equal).</summary>
    internal bool OriginEquals(bool has, ulong client, long clock) =>
        HasOrigin ? has && _originClient == client && _originClock == clock : !has;

    internal bool SameOrigin(Item other) =>
        other.OriginEquals(HasOrigin, _originClient, _originClock);

    internal bool SameRightOrigin(Item other) =>
        other.HasRightOrigin
            ? HasRightOrigin && other._rightOriginClient == _rightOriginClient && other._rightOriginClock == _rightOriginClock
            : !HasRightOrigin;
}
