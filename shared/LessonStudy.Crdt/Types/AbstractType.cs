using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// Base of every shared type (yjs <c>AbstractType</c>): the list of child items (<see cref="Start"/>),
/// the keyed children (<see cref="Map"/>), the owning document and item, and observers. List and map
/// operations live in the other parts of this class.
/// </summary>
public abstract partial class AbstractType
{
    private EventHandler<YEvent, Transaction>? _eH;
    private EventHandler<IReadOnlyList<YEvent>, Transaction>? _dEH;

    /// <summary>The item holding this type; null for root types (and before integration).</summary>
    internal Item? Item;

    /// <summary>Keyed children: the current (rightmost) item of each key; older ones are linked to its left.</summary>
    internal Dictionary<string, Item> Map = new();

    /// <summary>First item of the child list (deleted ones included).</summary>
    internal Item? Start;

    /// <summary>Number of countable, not deleted elements in the child list.</summary>
    internal int Length;

    /// <summary>The document after integration; null before.</summary>
    internal Doc? Doc;

    /// <summary>Search markers of list-like types; null where markers are not used.</summary>
    internal List<ArraySearchMarker>? SearchMarker;

    /// <summary>
    /// yjs <c>_hasFormatting</c>: set when a format item is integrated into this type. yjs sets it on
    /// whatever the parent is (also an untyped root read from an update), and the remote formatting
    /// cleanup consults it on every parent, so it lives here rather than on YText.
    /// </summary>
    internal bool HasFormatting;

    /// <summary>The document this type belongs to, or null before it is added to one.</summary>
    public Doc? Document => Doc;

    /// <summary>The parent type, or null for a root type.</summary>
    public AbstractType? Parent => Item?.Parent;

    /// <summary>Observers of this type's own events.</summary>
    internal EventHandler<YEvent, Transaction> EH => _eH ??= new EventHandler<YEvent, Transaction>();

    /// <summary>Observers of events of this type and its descendants.</summary>
    internal EventHandler<IReadOnlyList<YEvent>, Transaction> DEH =>
        _dEH ??= new EventHandler<IReadOnlyList<YEvent>, Transaction>();

    internal bool HasDeepObservers => _dEH is { Count: > 0 };

    internal bool HasObservers => _eH is { Count: > 0 };

    /// <summary>The first child item that is not deleted.</summary>
    internal Item? First
    {
        get
        {
            var n = Start;
            while (n is not null && n.Deleted)
            {
                n = n.Right;
            }

            return n;
        }
    }

    /// <summary>Binds this type to <paramref name="doc"/> and the item that holds it (null for roots).</summary>
    internal virtual void Integrate(Doc doc, Item? item)
    {
        Doc = doc;
        Item = item;
    }

    /// <summary>An empty type of the same kind (same node name, ...), for copying content elsewhere.</summary>
    internal abstract AbstractType Copy();

    /// <summary>A deep copy that can be inserted elsewhere; its content is readable once integrated.</summary>
    public abstract AbstractType Clone();

    /// <summary>Writes the type ref and any extra (e.g. the XML node name).</summary>
    internal abstract void Write(IUpdateEncoder encoder);

    /// <summary>
    /// Creates this type's event and calls its observers (each type overrides this). The base clears
    /// search markers after remote changes.
    /// </summary>
    /// <param name="transaction">The transaction that ends.</param>
    /// <param name="parentSubs">Changed keys; null in the set means the list changed.</param>
    internal virtual void CallObserver(Transaction transaction, HashSet<string?> parentSubs)
    {
        if (!transaction.Local)
        {
            SearchMarker?.Clear();
        }
    }

    /// <summary>
    /// Queues <paramref name="e"/> for deep observers of this type and all its ancestors, then calls
    /// this type's observers (yjs <c>callTypeObservers</c>).
    /// </summary>
    internal static void CallTypeObservers(AbstractType type, Transaction transaction, YEvent e)
    {
        var changedType = type;
        var changedParentTypes = transaction.ChangedParentTypes;
        while (true)
        {
            if (!changedParentTypes.TryGetValue(type, out var events))
            {
                events = new List<YEvent>(1);
                changedParentTypes.Add(type, events);
            }

            events.Add(e);
            if (type.Item is null)
            {
                break;
            }

            type = type.Item.Parent!;
        }

        changedType._eH?.Call(e, transaction);
    }

    /// <summary>The name under which this root type is registered in its document.</summary>
    internal string FindRootTypeKey()
    {
        foreach (var (key, value) in Doc!.ShareMap)
        {
            if (ReferenceEquals(value, this))
            {
                return key;
            }
        }

        throw new InvalidOperationException("The type is not a root type of its document.");
    }

    /// <summary>Calls <paramref name="f"/> with this type's events.</summary>
    public IDisposable Observe(Action<YEvent, Transaction> f) => AddObserver(f);

    /// <summary>Calls <paramref name="f"/> with the events of this type and its descendants.</summary>
    public IDisposable ObserveDeep(Action<IReadOnlyList<YEvent>, Transaction> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        DEH.Add(f, f);
        return new ObserverRegistration(() => UnobserveDeep(f));
    }

    /// <summary>Removes an observer added with <see cref="Observe(Action{YEvent, Transaction})"/>.</summary>
    public void Unobserve(Action<YEvent, Transaction> f) => RemoveObserver(f);

    /// <summary>Removes an observer added with <see cref="ObserveDeep"/>.</summary>
    public void UnobserveDeep(Action<IReadOnlyList<YEvent>, Transaction> f) => _dEH?.Remove(f);

    /// <summary>Registers a typed observer (subclasses expose typed <c>Observe</c> overloads).</summary>
    internal IDisposable AddObserver<TEvent>(Action<TEvent, Transaction> f)
        where TEvent : YEvent
    {
        ArgumentNullException.ThrowIfNull(f);
        EH.Add(f, (e, t) => f((TEvent)e, t));
        return new ObserverRegistration(() => RemoveObserver(f));
    }

    /// <summary>Removes a typed observer by the delegate that was registered.</summary>
    internal void RemoveObserver(Delegate f) => _eH?.Remove(f);
}
