using System.Collections.ObjectModel;
using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt;

/// <summary>
/// One bundle of changes (yjs <c>Transaction</c>). Observers, update events and garbage collection
/// run when the outermost transaction ends. Obtain one from
/// <see cref="Doc.Transact(Action{Transaction}, object?, bool)"/> or <see cref="Doc.BeginTransaction(object?)"/>
/// (then disposing it commits).
/// </summary>
public sealed partial class Transaction : IDisposable
{
    private OrderedSet<Doc>? _subdocsAdded;
    private OrderedSet<Doc>? _subdocsRemoved;
    private OrderedSet<Doc>? _subdocsLoaded;
    private Dictionary<object, object?>? _meta;
    private Dictionary<AbstractType, List<YEvent>>? _changedParentTypes;

    internal Transaction(Doc doc, object? origin, bool local)
    {
        Doc = doc;
        Origin = origin;
        Local = local;
        BeforeStateMap = doc.Store.GetStateVector();
    }

    /// <summary>The document this transaction changes.</summary>
    public Doc Doc { get; }

    /// <summary>What the caller passed as origin (e.g. a provider), for observers to tell changes apart.</summary>
    public object? Origin { get; }

    /// <summary>Whether the change was made on this document (false for applied updates).</summary>
    public bool Local { get; internal set; }

    /// <summary>Items deleted in this transaction.</summary>
    public DeleteSet DeleteSet { get; } = new();

    /// <summary>The state vector when the transaction started.</summary>
    public IReadOnlyDictionary<ulong, long> BeforeState => BeforeStateMap;

    /// <summary>The state vector when the transaction ended (filled at cleanup).</summary>
    public IReadOnlyDictionary<ulong, long> AfterState =>
        (IReadOnlyDictionary<ulong, long>?)AfterStateMap ?? ReadOnlyDictionary<ulong, long>.Empty;

    internal Dictionary<ulong, long> BeforeStateMap { get; }

    internal Dictionary<ulong, long>? AfterStateMap { get; set; }

    /// <summary>
    /// Types that were changed directly, with the changed keys (null for list changes). Types created
    /// in this transaction are not included. Insertion-ordered: observers fire in this order.
    /// </summary>
    internal OrderedDictionary<AbstractType, HashSet<string?>> Changed { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Events per type for deep observers, in the order the types were first touched.</summary>
    internal Dictionary<AbstractType, List<YEvent>> ChangedParentTypes =>
        _changedParentTypes ??= new Dictionary<AbstractType, List<YEvent>>(ReferenceEqualityComparer.Instance);

    internal bool HasChangedParentTypes => _changedParentTypes is { Count: > 0 };

    /// <summary>Structs created by splits; merged back at cleanup if possible.</summary>
    internal List<AbstractStruct> MergeStructs { get; } = new();

    /// <summary>Free-form data observers and bindings attach to this transaction.</summary>
    public IDictionary<object, object?> Meta => _meta ??= new Dictionary<object, object?>();

    /// <summary>Sub-documents added in this transaction.</summary>
    public IReadOnlyCollection<Doc> SubdocsAdded => SubdocsAddedSet;

    /// <summary>Sub-documents removed in this transaction.</summary>
    public IReadOnlyCollection<Doc> SubdocsRemoved => SubdocsRemovedSet;

    /// <summary>Sub-documents that asked to be loaded in this transaction.</summary>
    public IReadOnlyCollection<Doc> SubdocsLoaded => SubdocsLoadedSet;

    internal OrderedSet<Doc> SubdocsAddedSet => _subdocsAdded ??= new OrderedSet<Doc>();

    internal OrderedSet<Doc> SubdocsRemovedSet => _subdocsRemoved ??= new OrderedSet<Doc>();

    internal OrderedSet<Doc> SubdocsLoadedSet => _subdocsLoaded ??= new OrderedSet<Doc>();

    internal bool HasSubdocChanges =>
        _subdocsAdded is { Count: > 0 } || _subdocsRemoved is { Count: > 0 } || _subdocsLoaded is { Count: > 0 };

    /// <summary>Set when formatting items changed, so YText cleans redundant formats at the end.</summary>
    internal bool NeedFormattingCleanup { get; set; }

    /// <summary>The ID the next item created by this document gets (yjs <c>nextID</c>).</summary>
    internal ID NextId() => new(Doc.ClientID, Doc.Store.GetState(Doc.ClientID));

    /// <summary>
    /// Records that <paramref name="type"/> changed under <paramref name="parentSub"/>, unless the
    /// type itself was created in this transaction (yjs <c>addChangedTypeToTransaction</c>).
    /// </summary>
    internal void AddChangedType(AbstractType type, string? parentSub)
    {
        var item = type.Item;
        if (item is null
            || (item.Id.Clock < BeforeStateMap.GetValueOrDefault(item.Id.Client) && !item.Deleted))
        {
            if (!Changed.TryGetValue(type, out var subs))
            {
                subs = new HashSet<string?>();
                Changed.Add(type, subs);
            }

            subs.Add(parentSub);
        }
    }

    /// <summary>Ends the transaction opened by <see cref="Doc.BeginTransaction(object?)"/>.</summary>
    public void Dispose() => Doc.EndExplicitTransaction(this);
}
