using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>What happened to a map key in an event.</summary>
public enum YEventAction
{
    Add,
    Update,
    Delete,
}

/// <summary>A changed key: the action and the value it had before (undefined for adds).</summary>
public sealed record YEventKeyChange(YEventAction Action, object? OldValue);

/// <summary>All changes of an event: added and deleted items, changed keys, and the list delta.</summary>
public sealed class YEventChanges
{
    internal YEventChanges(IReadOnlySet<Item> added, IReadOnlySet<Item> deleted, IReadOnlyDictionary<string, YEventKeyChange> keys, IReadOnlyList<DeltaOp> delta)
    {
        Added = added;
        Deleted = deleted;
        Keys = keys;
        Delta = delta;
    }

    public IReadOnlySet<Item> Added { get; }

    public IReadOnlySet<Item> Deleted { get; }

    public IReadOnlyDictionary<string, YEventKeyChange> Keys { get; }

    public IReadOnlyList<DeltaOp> Delta { get; }
}

/// <summary>
/// Describes the changes of one shared type in one transaction (yjs <c>YEvent</c>). Keys, delta and
/// changes are computed on first access and only valid while the observers run.
/// </summary>
public class YEvent
{
    private const string ErrorComputeChanges = "You must not compute changes after the event-handler fired.";

    private YEventChanges? _changes;
    private IReadOnlyDictionary<string, YEventKeyChange>? _keys;
    private IReadOnlyList<object>? _path;

    public YEvent(AbstractType target, Transaction transaction)
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
        CurrentTarget = target;
        Transaction = transaction;
    }

    /// <summary>The type that changed.</summary>
    public AbstractType Target { get; }

    /// <summary>The type whose (deep) observer is being called.</summary>
    public AbstractType CurrentTarget { get; internal set; }

    public Transaction Transaction { get; }

    /// <summary>
    /// The path from <see cref="CurrentTarget"/> to <see cref="Target"/>: map keys (<see cref="string"/>)
    /// and list indexes (<see cref="int"/>).
    /// </summary>
    public IReadOnlyList<object> Path => _path ??= GetPathTo(CurrentTarget, Target);

    /// <summary>Changed keys with their previous values.</summary>
    public IReadOnlyDictionary<string, YEventKeyChange> Keys => _keys ??= ComputeKeys();

    /// <summary>The list changes as a delta (text types override this with formatted deltas).</summary>
    public virtual IReadOnlyList<DeltaOp> Delta => Changes.Delta;

    /// <summary>All changes of this event.</summary>
    public virtual YEventChanges Changes => _changes ??= ComputeChanges();

    /// <summary>Whether the struct was deleted in this transaction (also true if it was added and deleted).</summary>
    public bool Deletes(AbstractStruct str)
    {
        ArgumentNullException.ThrowIfNull(str);
        return Transaction.DeleteSet.IsDeleted(str.Id);
    }

    /// <summary>Whether the struct was added in this transaction (also true if it was deleted again).</summary>
    public bool Adds(AbstractStruct str)
    {
        ArgumentNullException.ThrowIfNull(str);
        return str.Id.Clock >= Transaction.BeforeStateMap.GetValueOrDefault(str.Id.Client);
    }

    /// <summary>Resets the cached path when the event is handed to another deep observer.</summary>
    internal void ResetPath() => _path = null;

    private void EnsureDuringObserverCalls()
    {
        if (Transaction.Doc.TransactionCleanups.Count == 0)
        {
            throw new InvalidOperationException(ErrorComputeChanges);
        }
    }

    private Dictionary<string, YEventKeyChange> ComputeKeys()
    {
        EnsureDuringObserverCalls();
        var keys = new Dictionary<string, YEventKeyChange>();
        var target = Target;
        if (!Transaction.Changed.TryGetValue(target, out var changed))
        {
            return keys;
        }

        foreach (var key in changed)
        {
            if (key is null || !target.Map.TryGetValue(key, out var item))
            {
                continue;
            }

            YEventAction action;
            object? oldValue;
            if (Adds(item))
            {
                var prev = item.Left;
                while (prev is not null && Adds(prev))
                {
                    prev = prev.Left;
                }

                if (Deletes(item))
                {
                    if (prev is not null && Deletes(prev))
                    {
                        action = YEventAction.Delete;
                        oldValue = LastContent(prev);
                    }
                    else
                    {
                        continue;
                    }
                }
                else if (prev is not null && Deletes(prev))
                {
                    action = YEventAction.Update;
                    oldValue = LastContent(prev);
                }
                else
                {
                    action = YEventAction.Add;
                    oldValue = JsUndefined.Value;
                }
            }
            else if (Deletes(item))
            {
                action = YEventAction.Delete;
                oldValue = LastContent(item);
            }
            else
            {
                continue;
            }

            keys[key] = new YEventKeyChange(action, oldValue);
        }

        return keys;
    }

    /// <summary>The last element of an item's content (undefined when it has none, e.g. collected).</summary>
    private static object? LastContent(Item item)
    {
        var content = item.Content.GetContent();
        object? last = JsUndefined.Value;
        if (content.Count > 0)
        {
            last = content[^1];
        }

        return last;
    }

    private YEventChanges ComputeChanges()
    {
        EnsureDuringObserverCalls();
        var added = new HashSet<Item>(ReferenceEqualityComparer.Instance);
        var deleted = new HashSet<Item>(ReferenceEqualityComparer.Instance);
        var delta = new List<DeltaOp>();
        if (Transaction.Changed.TryGetValue(Target, out var changed) && changed.Contains(null))
        {
            // Accumulate runs of equal kind; a trailing retain is dropped.
            var kind = 0; // 0 none, 1 insert, 2 delete, 3 retain
            List<object?>? inserts = null;
            var count = 0;
            void Pack()
            {
                switch (kind)
                {
                    case 1:
                        delta.Add(new DeltaOp { Insert = inserts!.ToArray() });
                        break;
                    case 2:
                        delta.Add(new DeltaOp { Delete = count });
                        break;
                    case 3:
                        delta.Add(new DeltaOp { Retain = count });
                        break;
                }
            }

            for (var item = Target.Start; item is not null; item = item.Right)
            {
                if (item.Deleted)
                {
                    if (Deletes(item) && !Adds(item))
                    {
                        if (kind != 2)
                        {
                            Pack();
                            kind = 2;
                            count = 0;
                        }

                        count += item.Length;
                        deleted.Add(item);
                    }
                }
                else if (Adds(item))
                {
                    if (kind != 1)
                    {
                        Pack();
                        kind = 1;
                        inserts = new List<object?>();
                    }

                    inserts!.AddRange(item.Content.GetContent());
                    added.Add(item);
                }
                else
                {
                    if (kind != 3)
                    {
                        Pack();
                        kind = 3;
                        count = 0;
                    }

                    count += item.Length;
                }
            }

            if (kind is 1 or 2)
            {
                Pack();
            }
        }

        return new YEventChanges(
            new ReadOnlySetOf<Item>(added),
            new ReadOnlySetOf<Item>(deleted),
            Keys,
            delta);
    }

    /// <summary>Path from <paramref name="parent"/> down to <paramref name="child"/> (yjs <c>getPathTo</c>).</summary>
    private static List<object> GetPathTo(AbstractType parent, AbstractType child)
    {
        var path = new List<object>();
        while (child.Item is not null && child != parent)
        {
            if (child.Item.ParentSub is { } key)
            {
                path.Add(key);
            }
            else
            {
                var i = 0;
                var c = child.Item.Parent!.Start;
                while (c != child.Item && c is not null)
                {
                    if (!c.Deleted && c.Countable)
                    {
                        i += c.Length;
                    }

                    c = c.Right;
                }

                path.Add(i);
            }

            child = child.Item.Parent!;
        }

        path.Reverse();
        return path;
    }
}

/// <summary>A read-only view of a set.</summary>
internal sealed class ReadOnlySetOf<T>(HashSet<T> set) : IReadOnlySet<T>
{
    public int Count => set.Count;

    public bool Contains(T item) => set.Contains(item);

    public IEnumerator<T> GetEnumerator() => set.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<T> other) => set.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<T> other) => set.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<T> other) => set.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<T> other) => set.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<T> other) => set.Overlaps(other);

    public bool SetEquals(IEnumerable<T> other) => set.SetEquals(other);
}
