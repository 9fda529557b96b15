using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Updates;

/// <summary>
/// Delete-set reading and writing as document-less operations need it, on the core
/// <see cref="DeleteSet"/>: read as written (yjs <c>readDeleteSet</c> neither sorts nor merges)
/// and appended across updates, so merging many updates' sets is linear in their ranges plus one
/// sort per client (yjs <c>mergeDeleteSets</c> loops over every set for every client; the result
/// after <see cref="DeleteSet.SortAndMerge()"/> is the same), and written with clients descending
/// (yjs <c>writeDeleteSet</c>).
/// </summary>
internal static class UpdateDeleteSet
{
    private const long MaxClock = (1L << 53) - 1;

    /// <summary>
    /// Reads a delete set into <paramref name="ds"/>, appending; clients without ranges are dropped,
    /// and so are empty ranges (unlike yjs, which keeps them).
    /// </summary>
    public static void ReadAppend(DeleteSet ds, IDSDecoder decoder, ref int totalRanges)
    {
        var rest = decoder.RestDecoder;
        var limits = rest.Limits;
        var numClients = rest.ReadVarUintAsLength("Delete set client count", limits.MaxClients);
        for (var i = 0; i < numClients; i++)
        {
            decoder.ResetDsCurVal();
            var client = rest.ReadVarUint();
            var count = rest.ReadVarUintAsLength("Delete range count", limits.MaxDeleteRanges);
            if (count == 0)
            {
                continue;
            }

            totalRanges += count;
            if (totalRanges > limits.MaxDeleteRanges)
            {
                throw new CrdtFormatException($"The delete sets have more than {limits.MaxDeleteRanges} ranges.");
            }

            ds.Clients.TryGetValue(client, out var list);
            for (var r = 0; r < count; r++)
            {
                var clock = decoder.ReadDsClock();
                var len = decoder.ReadDsLen();
                if (clock < 0 || len < 0 || clock > MaxClock || len > MaxClock - clock)
                {
                    throw new CrdtFormatException($"Delete range [{clock}, +{len}) of client {client} is outside 0..2^53 - 1.");
                }

                if (len == 0)
                {
                    // Deletes nothing, and V2 cannot encode it (it writes len - 1): yjs never writes one.
                    continue;
                }

                if (list is null)
                {
                    list = new List<DeleteItem>(Math.Min(count, 1024));
                    ds.Clients.Add(client, list);
                }

                list.Add(new DeleteItem(clock, len));
            }
        }
    }

    /// <summary>
    /// Sorts and merges the ranges of clients whose ranges are out of order or overlap. The V2
    /// encoding stores each range as a distance from the previous one and cannot express that; yjs
    /// would write garbage for such a (V1) input, here it keeps its meaning.
    /// </summary>
    public static void OrderForV2(DeleteSet ds)
    {
        foreach (var list in ds.Clients.Values)
        {
            for (var i = 1; i < list.Count; i++)
            {
                if (list[i].Clock < list[i - 1].Clock + list[i - 1].Len)
                {
                    DeleteSet.SortAndMerge(list);
                    break;
                }
            }
        }
    }

    /// <summary>yjs <c>writeDeleteSet</c>: clients descending, each client's ranges in their current order.</summary>
    public static void Write(DeleteSet ds, IDSEncoder encoder)
    {
        var rest = encoder.RestEncoder;
        rest.WriteVarUint((ulong)ds.Clients.Count);
        var clients = new ulong[ds.Clients.Count];
        ds.Clients.Keys.CopyTo(clients, 0);
        Array.Sort(clients);
        for (var c = clients.Length - 1; c >= 0; c--)
        {
            var list = ds.Clients[clients[c]];
            encoder.ResetDsCurVal();
            rest.WriteVarUint(clients[c]);
            rest.WriteVarUint((ulong)list.Count);
            foreach (var item in list)
            {
                encoder.WriteDsClock(item.Clock);
                encoder.WriteDsLen(item.Len);
            }
        }
    }
}
