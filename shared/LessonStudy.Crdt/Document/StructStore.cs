using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

/// <summary>
/// All structs of a document, per client in clock order without gaps (yjs <c>StructStore</c>),
/// plus the updates that could not be applied yet because they depend on missing structs.
/// </summary>
public sealed partial class StructStore
{
    /// <summary>Per client, structs sorted by clock; each starts where the previous ends.</summary>
    internal readonly Dictionary<ulong, List<AbstractStruct>> Clients = new();

    /// <summary>Structs waiting for missing dependencies, as a V2 update, and the lowest missing clock per client.</summary>
    internal PendingStructs? PendingStructs;

    /// <summary>Deletions of structs we do not have yet, as a V2 update with zero structs.</summary>
    internal byte[]? PendingDs;

    // Scratch sets for Item.Integrate's conflict resolution, reused so concurrent inserts do not allocate.
    private HashSet<AbstractStruct>? _conflictingItems;
    private HashSet<AbstractStruct>? _itemsBeforeOrigin;

    internal HashSet<AbstractStruct> ConflictingItems => _conflictingItems ??= new(ReferenceEqualityComparer.Instance);

    internal HashSet<AbstractStruct> ItemsBeforeOrigin => _itemsBeforeOrigin ??= new(ReferenceEqualityComparer.Instance);

    /// <summary>The next expected clock per client (yjs <c>getStateVector</c>).</summary>
    internal Dictionary<ulong, long> GetStateVector()
    {
        var sm = new Dictionary<ulong, long>(Clients.Count);
        foreach (var (client, structs) in Clients)
        {
            var last = structs[^1];
            sm[client] = last.Id.Clock + last.Length;
        }

        return sm;
    }

    /// <summary>The next expected clock of <paramref name="client"/> (0 if unknown).</summary>
    internal long GetState(ulong client)
    {
        if (!Clients.TryGetValue(client, out var structs))
        {
            return 0;
        }

        var last = structs[^1];
        return last.Id.Clock + last.Length;
    }

    /// <summary>Throws if some client's structs have a gap or overlap.</summary>
    internal void IntegrityCheck()
    {
        foreach (var structs in Clients.Values)
        {
            for (var i = 1; i < structs.Count; i++)
            {
                var l = structs[i - 1];
                var r = structs[i];
                if (l.Id.Clock + l.Length != r.Id.Clock)
                {
                    throw new InvalidOperationException("StructStore failed integrity check.");
                }
            }
        }
    }

    /// <summary>Appends a struct; it must start exactly at the client's current state.</summary>
    internal void AddStruct(AbstractStruct str)
    {
        if (!Clients.TryGetValue(str.Id.Client, out var structs))
        {
            structs = new List<AbstractStruct>(4);
            Clients[str.Id.Client] = structs;
        }
        else
        {
            var last = structs[^1];
            if (last.Id.Clock + last.Length != str.Id.Clock)
            {
                throw new InvalidOperationException(
                    $"Struct {str.Id} does not continue client {str.Id.Client} at clock {last.Id.Clock + last.Length}.");
            }
        }

        structs.Add(str);
    }

    /// <summary>
    /// The index of the struct containing <paramref name="clock"/> (yjs <c>findIndexSS</c>): a first
    /// guess by interpolation, then binary search. The clock must be in the list.
    /// </summary>
    internal static int FindIndexSS(List<AbstractStruct> structs, long clock)
    {
        var left = 0;
        var right = structs.Count - 1;
        var mid = structs[right];
        var midClock = mid.Id.Clock;
        if (midClock == clock)
        {
            return right;
        }

        // Clocks are dense, so clock / lastClock * count is usually close (yjs pivots the same way).
        var midIndex = (int)Math.Floor(clock / (double)(midClock + mid.Length - 1) * right);
        while (left <= right)
        {
            if ((uint)midIndex >= (uint)structs.Count)
            {
                break;
            }

            mid = structs[midIndex];
            midClock = mid.Id.Clock;
            if (midClock <= clock)
            {
                if (clock < midClock + mid.Length)
                {
                    return midIndex;
                }

                left = midIndex + 1;
            }
            else
            {
                right = midIndex - 1;
            }

            midIndex = (left + right) / 2;
        }

        throw new InvalidOperationException($"Clock {clock} is not in the store.");
    }

    /// <summary>The struct containing <paramref name="id"/>, which must be in the store.</summary>
    internal AbstractStruct Find(ID id)
    {
        var structs = Clients[id.Client];
        return structs[FindIndexSS(structs, id.Clock)];
    }

    /// <summary>The item containing <paramref name="id"/> (must be an item, not collected).</summary>
    internal Item GetItem(ID id) => (Item)Find(id);

    /// <summary>Index of the struct starting at <paramref name="clock"/>, splitting an item if needed.</summary>
    internal static int FindIndexCleanStart(Transaction transaction, List<AbstractStruct> structs, long clock)
    {
        var index = FindIndexSS(structs, clock);
        var str = structs[index];
        if (str.Id.Clock < clock && str is Item item)
        {
            structs.Insert(index + 1, Item.SplitItem(transaction, item, (int)(clock - item.Id.Clock)));
            return index + 1;
        }

        return index;
    }

    /// <summary>The struct starting at <paramref name="id"/> (an item is split there; a GC is returned whole).</summary>
    internal AbstractStruct GetStructCleanStart(Transaction transaction, ID id)
    {
        var structs = Clients[id.Client];
        return structs[FindIndexCleanStart(transaction, structs, id.Clock)];
    }

    /// <summary>The item starting at <paramref name="id"/>, split there if needed (yjs <c>getItemCleanStart</c>).</summary>
    internal Item GetItemCleanStart(Transaction transaction, ID id) => (Item)GetStructCleanStart(transaction, id);

    /// <summary>The struct ending at <paramref name="id"/> (an item is split after it; a GC is returned whole).</summary>
    internal AbstractStruct GetStructCleanEnd(Transaction transaction, ID id)
    {
        var structs = Clients[id.Client];
        var index = FindIndexSS(structs, id.Clock);
        var str = structs[index];
        if (id.Clock != str.Id.Clock + str.Length - 1 && str is Item item)
        {
            structs.Insert(index + 1, Item.SplitItem(transaction, item, (int)(id.Clock - item.Id.Clock + 1)));
        }

        return str;
    }

    /// <summary>The item ending at <paramref name="id"/>, split after it if needed (yjs <c>getItemCleanEnd</c>).</summary>
    internal Item GetItemCleanEnd(Transaction transaction, ID id) => (Item)GetStructCleanEnd(transaction, id);

    /// <summary>Puts <paramref name="newStruct"/> where <paramref name="str"/> is.</summary>
    internal void ReplaceStruct(AbstractStruct str, AbstractStruct newStruct)
    {
        var structs = Clients[str.Id.Client];
        structs[FindIndexSS(structs, str.Id.Clock)] = newStruct;
    }

    /// <summary>
    /// Calls <paramref name="f"/> for every struct in [clockStart, clockStart+len), splitting items at
    /// both ends (yjs <c>iterateStructs</c>).
    /// </summary>
    internal static void IterateStructs(Transaction transaction, List<AbstractStruct> structs, long clockStart, long len, Action<AbstractStruct> f)
    {
        if (len == 0)
        {
            return;
        }

        var clockEnd = clockStart + len;
        var index = FindIndexCleanStart(transaction, structs, clockStart);
        AbstractStruct str;
        do
        {
            str = structs[index++];
            if (clockEnd < str.Id.Clock + str.Length)
            {
                FindIndexCleanStart(transaction, structs, clockEnd);
            }

            f(str);
        }
        while (index < structs.Count && structs[index].Id.Clock < clockEnd);
    }
}

/// <summary>Structs that wait for missing dependencies (yjs <c>store.pendingStructs</c>).</summary>
internal sealed class PendingStructs
{
    internal PendingStructs(Dictionary<ulong, long> missing, byte[] update)
    {
        Missing = missing;
        Update = update;
    }

    /// <summary>Per client, the lowest clock we need before the update can make progress.</summary>
    internal Dictionary<ulong, long> Missing { get; }

    /// <summary>The waiting structs as a V2 update.</summary>
    internal byte[] Update { get; set; }
}
