using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

/// <summary>A deleted range of one client's clocks.</summary>
public readonly record struct DeleteItem(long Clock, long Len);

/// <summary>
/// Deleted clock ranges per client (yjs <c>DeleteSet</c>). Ranges are appended unsorted while a
/// transaction runs and sorted and merged (<see cref="SortAndMerge()"/>) before they are searched or written.
/// </summary>
public sealed partial class DeleteSet
{
    internal readonly Dictionary<ulong, List<DeleteItem>> Clients = new();

    /// <summary>Records that [clock, clock+length) of <paramref name="client"/> is deleted (yjs <c>addToDeleteSet</c>).</summary>
    internal void Add(ulong client, long clock, long length)
    {
        if (!Clients.TryGetValue(client, out var list))
        {
            list = new List<DeleteItem>(4);
            Clients[client] = list;
        }

        list.Add(new DeleteItem(clock, length));
    }

    /// <summary>Index of the range containing <paramref name="clock"/> in sorted ranges, or -1 (yjs <c>findIndexDS</c>).</summary>
    internal static int FindIndexDS(List<DeleteItem> dis, long clock)
    {
        var left = 0;
        var right = dis.Count - 1;
        while (left <= right)
        {
            var midIndex = (left + right) / 2;
            var mid = dis[midIndex];
            if (mid.Clock <= clock)
            {
                if (clock < mid.Clock + mid.Len)
                {
                    return midIndex;
                }

                left = midIndex + 1;
            }
            else
            {
                right = midIndex - 1;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="id"/> is in a deleted range (ranges must be sorted).</summary>
    public bool IsDeleted(ID id) =>
        Clients.TryGetValue(id.Client, out var dis) && FindIndexDS(dis, id.Clock) >= 0;

    /// <summary>Sorts each client's ranges by clock and merges overlapping or adjacent ones.</summary>
    internal void SortAndMerge()
    {
        foreach (var dels in Clients.Values)
        {
            SortAndMerge(dels);
        }
    }

    internal static void SortAndMerge(List<DeleteItem> dels)
    {
        if (dels.Count > 1)
        {
            dels.Sort(static (a, b) => a.Clock.CompareTo(b.Clock));
        }

        // Merge in place: j is where the next kept range goes.
        int i, j;
        for (i = 1, j = 1; i < dels.Count; i++)
        {
            var left = dels[j - 1];
            var right = dels[i];
            if (left.Clock + left.Len >= right.Clock)
            {
                dels[j - 1] = new DeleteItem(left.Clock, Math.Max(left.Len, right.Clock + right.Len - left.Clock));
            }
            else
            {
                if (j < i)
                {
                    dels[j] = right;
                }

                j++;
            }
        }

        if (j < dels.Count)
        {
            dels.RemoveRange(j, dels.Count - j);
        }
    }

    /// <summary>The union of several delete sets, sorted and merged (yjs <c>mergeDeleteSets</c>).</summary>
    public static DeleteSet MergeDeleteSets(IReadOnlyList<DeleteSet> dss)
    {
        var merged = new DeleteSet();
        for (var dssI = 0; dssI < dss.Count; dssI++)
        {
            foreach (var (client, delsLeft) in dss[dssI].Clients)
            {
                if (merged.Clients.ContainsKey(client))
                {
                    continue;
                }

                // This client first appears in dss[dssI]: collect it from this and all later sets.
                var dels = new List<DeleteItem>(delsLeft);
                for (var i = dssI + 1; i < dss.Count; i++)
                {
                    if (dss[i].Clients.TryGetValue(client, out var more))
                    {
                        dels.AddRange(more);
                    }
                }

                merged.Clients[client] = dels;
            }
        }

        merged.SortAndMerge();
        return merged;
    }

    /// <summary>Every deleted struct of the store, merged into ranges (yjs <c>createDeleteSetFromStructStore</c>).</summary>
    internal static DeleteSet CreateFromStructStore(StructStore ss)
    {
        var ds = new DeleteSet();
        foreach (var (client, structs) in ss.Clients)
        {
            List<DeleteItem>? items = null;
            for (var i = 0; i < structs.Count; i++)
            {
                var str = structs[i];
                if (!str.Deleted)
                {
                    continue;
                }

                var clock = str.Id.Clock;
                long len = str.Length;
                while (i + 1 < structs.Count && structs[i + 1].Deleted)
                {
                    len += structs[++i].Length;
                }

                (items ??= new List<DeleteItem>()).Add(new DeleteItem(clock, len));
            }

            if (items is not null)
            {
                ds.Clients[client] = items;
            }
        }

        return ds;
    }

    /// <summary>Whether both sets hold the same ranges (both sorted and merged).</summary>
    public static bool EqualDeleteSets(DeleteSet ds1, DeleteSet ds2)
    {
        if (ds1.Clients.Count != ds2.Clients.Count)
        {
            return false;
        }

        foreach (var (client, items1) in ds1.Clients)
        {
            if (!ds2.Clients.TryGetValue(client, out var items2) || items1.Count != items2.Count)
            {
                return false;
            }

            for (var i = 0; i < items1.Count; i++)
            {
                if (items1[i] != items2[i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Calls <paramref name="f"/> for every struct in the deleted ranges that the store has, splitting
    /// items at range borders (yjs <c>iterateDeletedStructs</c>).
    /// </summary>
    internal void IterateDeletedStructs(Transaction transaction, Action<AbstractStruct> f)
    {
        foreach (var (client, deletes) in Clients)
        {
            if (!transaction.Doc.Store.Clients.TryGetValue(client, out var structs))
            {
                continue;
            }

            var last = structs[^1];
            var clockState = last.Id.Clock + last.Length;
            for (var i = 0; i < deletes.Count && deletes[i].Clock < clockState; i++)
            {
                StructStore.IterateStructs(transaction, structs, deletes[i].Clock, deletes[i].Len, f);
            }
        }
    }
}
