using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Updates;

public static partial class EncodedUpdates
{
    /// <summary>
    /// Largest (updates × structs) for which yjs's quadratic loop is replayed when GCs and items tie
    /// (about a tenth of a second); past it the linear merger's close approximation is used.
    /// </summary>
    private const long EmulationBudget = 20_000_000;

    /// <summary>The linear merger only, even where yjs's loop would be replayed (for tests).</summary>
    internal static byte[] MergeUpdatesLinear(IReadOnlyList<ReadOnlyMemory<byte>> updates) =>
        Merge(updates, UpdateFormat.V1, null, emulationBudget: -1);

    private static byte[] Merge(IReadOnlyList<ReadOnlyMemory<byte>> updates, UpdateFormat format, DecodeLimits? limits, long emulationBudget = EmulationBudget)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 1)
        {
            return updates[0].ToArray();
        }

        var all = new List<LazyStruct>(updates.Count);
        var byClient = new Dictionary<ulong, List<UpdateMerger.Run>>();
        var sourceRanges = new List<(int Start, int End)>(updates.Count);
        var allOrdered = true;
        var ds = new DeleteSet();
        var ranges = 0;
        for (var i = 0; i < updates.Count; i++)
        {
            var decoder = UpdateCodec.CreateDecoder(format, updates[i], limits);
            var start = all.Count;
            var reader = new LazyStructReader(decoder, filterSkips: true);
            for (var s = reader.Current; s is not null; s = reader.Next())
            {
                all.Add(s);
            }

            UpdateDeleteSet.ReadAppend(ds, decoder, ref ranges);
            sourceRanges.Add((start, all.Count));
            allOrdered &= !OrderByClientDescending(all, start);
            AddRuns(all, start, i, byClient);
        }

        var clients = new ulong[byClient.Count];
        byClient.Keys.CopyTo(clients, 0);
        Array.Sort(clients);
        var mixedClocks = new HashSet<long>?[clients.Length];
        var anyMixed = false;
        for (var c = 0; c < clients.Length; c++)
        {
            mixedClocks[c] = MixedClocks(all, byClient[clients[c]]);
            anyMixed |= mixedClocks[c] is not null;
        }

        LazyStructWriter writer;
        if (anyMixed && allOrdered && (long)updates.Count * all.Count <= emulationBudget)
        {
            // Only yjs's own quadratic loop reproduces its choice among tied GCs and items exactly.
            writer = new YjsMergeEmulation(all, sourceRanges).Run();
        }
        else
        {
            var merger = new UpdateMerger(all, updates.Count);
            for (var c = clients.Length - 1; c >= 0; c--)
            {
                merger.MergeClient(byClient[clients[c]], mixedClocks[c]);
            }

            writer = merger.Writer;
        }

        ds.SortAndMerge();
        return Encode(writer, ds, format);
    }

    /// <summary>The clocks where a GC and an item start (yjs's reader order there needs care, see <c>UpdateMerger.Ties</c>), or null.</summary>
    private static HashSet<long>? MixedClocks(List<LazyStruct> all, List<UpdateMerger.Run> runs)
    {
        HashSet<long>? gcStarts = null;
        foreach (var run in runs)
        {
            for (var i = run.Pos; i < run.End; i++)
            {
                if (all[i].Kind == LazyStructKind.GC)
                {
                    (gcStarts ??= []).Add(all[i].Clock);
                }
            }
        }

        if (gcStarts is null)
        {
            return null;
        }

        HashSet<long>? mixed = null;
        foreach (var run in runs)
        {
            for (var i = run.Pos; i < run.End; i++)
            {
                if (all[i].Kind == LazyStructKind.Item && gcStarts.Contains(all[i].Clock))
                {
                    (mixed ??= []).Add(all[i].Clock);
                }
            }
        }

        return mixed;
    }

    /// <summary>Splits one update's structs into per-client runs.</summary>
    private static void AddRuns(List<LazyStruct> all, int start, int source, Dictionary<ulong, List<UpdateMerger.Run>> byClient)
    {
        var j = start;
        while (j < all.Count)
        {
            var client = all[j].Client;
            var k = j + 1;
            while (k < all.Count && all[k].Client == client)
            {
                k++;
            }

            if (!byClient.TryGetValue(client, out var runs))
            {
                runs = [];
                byClient.Add(client, runs);
            }

            runs.Add(new UpdateMerger.Run { Source = source, Pos = j, End = k });
            j = k;
        }
    }

    /// <summary>
    /// Every update yjs writes lists clients descending and clocks ascending; anything else is
    /// sorted that way (stably), so that each client is merged in one pass and written once.
    /// </summary>
    /// <returns>Whether the structs had to be reordered.</returns>
    private static bool OrderByClientDescending(List<LazyStruct> all, int start)
    {
        var ordered = true;
        for (var i = start + 1; i < all.Count && ordered; i++)
        {
            var prev = all[i - 1];
            var cur = all[i];
            ordered = cur.Client < prev.Client || (cur.Client == prev.Client && cur.Clock >= prev.Clock);
        }

        if (ordered)
        {
            return false;
        }

        var count = all.Count - start;
        var keys = new (ulong Client, long Clock, int Index)[count];
        var items = new LazyStruct[count];
        for (var i = 0; i < count; i++)
        {
            var s = all[start + i];
            keys[i] = (s.Client, s.Clock, i);
            items[i] = s;
        }

        Array.Sort(keys, items, Comparer<(ulong Client, long Clock, int Index)>.Create(static (a, b) =>
            a.Client != b.Client ? b.Client.CompareTo(a.Client)
            : a.Clock != b.Clock ? a.Clock.CompareTo(b.Clock)
            : a.Index.CompareTo(b.Index)));
        for (var i = 0; i < count; i++)
        {
            all[start + i] = items[i];
        }

        return true;
    }
}
