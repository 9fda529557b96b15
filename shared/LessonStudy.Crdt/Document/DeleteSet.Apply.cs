using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

public sealed partial class DeleteSet
{
    /// <summary>
    /// Reads a delete set and applies it (yjs <c>readAndApplyDeleteSet</c>); returns the ranges of
    /// structs we do not have yet as a V2 update with zero structs, or null.
    /// </summary>
    internal static byte[]? ReadAndApplyDeleteSet(IDSDecoder decoder, Transaction transaction, StructStore store) =>
        ApplyDeleteBlocks(ReadBlocks(decoder), transaction, store);

    /// <summary>
    /// Deletes the ranges we have structs for (yjs <c>readAndApplyDeleteSet</c>); returns the rest as
    /// a V2 update with zero structs, or null.
    /// </summary>
    internal static byte[]? ApplyDeleteBlocks(List<(ulong Client, List<DeleteItem> Items)> blocks, Transaction transaction, StructStore store)
    {
        DeleteSet? unappliedDS = null;
        foreach (var (client, items) in blocks)
        {
            store.Clients.TryGetValue(client, out var structs);
            var state = store.GetState(client);
            foreach (var (clock, len) in items)
            {
                if (len == 0)
                {
                    // Deletes nothing; dropping it keeps an empty range out of the pending delete set.
                    continue;
                }

                var clockEnd = clock + len;
                if (clock < state)
                {
                    if (state < clockEnd)
                    {
                        (unappliedDS ??= new DeleteSet()).Add(client, state, clockEnd - state);
                    }

                    DeleteRange(transaction, structs!, clock, clockEnd);
                }
                else
                {
                    (unappliedDS ??= new DeleteSet()).Add(client, clock, clockEnd - clock);
                }
            }
        }

        if (unappliedDS is null)
        {
            return null;
        }

        foreach (var list in unappliedDS.Clients.Values)
        {
            SortIfUnsorted(list);
        }

        var encoder = UpdateFormats.CreateEncoderV2();
        encoder.RestEncoder.WriteVarUint(0); // zero structs
        unappliedDS.Write(encoder);
        return encoder.ToArray();
    }

    private static void DeleteRange(Transaction transaction, List<AbstractStruct> structs, long clock, long clockEnd)
    {
        var index = StructStore.FindIndexSS(structs, clock);
        var str = structs[index];
        // Split the first item if the range starts inside it.
        if (!str.Deleted && str.Id.Clock < clock)
        {
            structs.Insert(index + 1, Item.SplitItem(transaction, (Item)str, (int)(clock - str.Id.Clock)));
            index++;
        }

        while (index < structs.Count)
        {
            str = structs[index++];
            if (str.Id.Clock >= clockEnd)
            {
                break;
            }

            if (!str.Deleted)
            {
                var item = (Item)str;
                if (clockEnd < item.Id.Clock + item.Length)
                {
                    structs.Insert(index, Item.SplitItem(transaction, item, (int)(clockEnd - item.Id.Clock)));
                }

                item.Delete(transaction);
            }
        }
    }

    /// <summary>
    /// yjs writes unapplied ranges in stream order; valid updates have them sorted and apart
    /// already. Only malformed ones (unsorted or overlapping) are sorted and merged, which keeps the
    /// V2 delete-set encoder from seeing negative clock differences.
    /// </summary>
    private static void SortIfUnsorted(List<DeleteItem> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Clock < list[i - 1].Clock + list[i - 1].Len)
            {
                SortAndMerge(list);
                return;
            }
        }
    }
}
