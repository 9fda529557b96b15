using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

public sealed partial class Doc
{
    /// <summary>
    /// Whether structs or deletions wait in the store for missing dependencies. They are part of the
    /// state (<see cref="EncodeStateAsUpdate"/> includes them) but not yet visible in the types.
    /// </summary>
    public bool HasPendingUpdates => Store.PendingStructs is not null || Store.PendingDs is not null;

    /// <summary>
    /// Whether applying the V1 <paramref name="update"/> would change this document: it carries a
    /// struct beyond the state vector, or deletes something not yet deleted (or not yet known).
    /// Nothing is applied. A host uses it to accept a read-only peer's sync step 2, which restates
    /// what the document already holds. Pending data counts as a change, so a gate built on this
    /// fails closed.
    /// </summary>
    /// <exception cref="CrdtFormatException">The update is malformed.</exception>
    public bool WouldChange(ReadOnlyMemory<byte> update)
    {
        StructEncoding.CheckInputSize(update.Length, Options.Limits);
        var decoded = DecodedUpdate.Decode(new UpdateDecoderV1(update, Options.Limits));
        foreach (var (client, refs) in decoded.ClientRefs)
        {
            var state = Store.GetState(client);
            foreach (var str in refs.Refs)
            {
                if (str is not Skip && str.Id.Clock + str.Length > state)
                {
                    return true;
                }
            }
        }

        foreach (var (client, items) in decoded.DeleteBlocks)
        {
            foreach (var item in items)
            {
                if (DeletesSomethingLive(client, item))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool DeletesSomethingLive(ulong client, DeleteItem range)
    {
        if (range.Len <= 0)
        {
            return false;
        }

        var end = range.Clock + range.Len;
        if (end > Store.GetState(client) || !Store.Clients.TryGetValue(client, out var structs))
        {
            return true;
        }

        for (var i = StructStore.FindIndexSS(structs, range.Clock); i < structs.Count && structs[i].Id.Clock < end; i++)
        {
            if (!structs[i].Deleted)
            {
                return true;
            }
        }

        return false;
    }
}
