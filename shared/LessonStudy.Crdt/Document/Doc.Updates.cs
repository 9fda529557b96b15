using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

public sealed partial class Doc
{
    /// <summary>
    /// Applies a V1 update (yjs <c>applyUpdate</c>). The whole update is decoded and validated first:
    /// a <see cref="CrdtFormatException"/> leaves the document unchanged. Structs whose dependencies
    /// are missing wait in the store until a later update supplies them.
    /// </summary>
    public void ApplyUpdate(ReadOnlyMemory<byte> update, object? origin = null)
    {
        StructEncoding.CheckInputSize(update.Length, Options.Limits);
        var decoded = DecodedUpdate.Decode(new UpdateDecoderV1(update, Options.Limits));
        ApplyDecoded(decoded, origin);
    }

    /// <summary>Applies a V2 update (yjs <c>applyUpdateV2</c>); see <see cref="ApplyUpdate"/>.</summary>
    public void ApplyUpdateV2(ReadOnlyMemory<byte> update, object? origin = null)
    {
        StructEncoding.CheckInputSize(update.Length, Options.Limits);
        var decoded = DecodedUpdate.Decode(UpdateFormats.CreateDecoderV2(update, Options.Limits));
        ApplyDecoded(decoded, origin);
    }

    /// <summary>
    /// The whole document as a V1 update, or only what a peer with state vector
    /// <paramref name="encodedTargetStateVector"/> lacks (yjs <c>encodeStateAsUpdate</c>).
    /// </summary>
    public byte[] EncodeStateAsUpdate(ReadOnlyMemory<byte> encodedTargetStateVector = default) =>
        EncodeStateAsUpdateCore(encodedTargetStateVector, v2: false);

    /// <summary>Like <see cref="EncodeStateAsUpdate"/>, in the V2 format (yjs <c>encodeStateAsUpdateV2</c>).</summary>
    public byte[] EncodeStateAsUpdateV2(ReadOnlyMemory<byte> encodedTargetStateVector = default) =>
        EncodeStateAsUpdateCore(encodedTargetStateVector, v2: true);

    /// <summary>This document's state vector (yjs <c>encodeStateVector</c>).</summary>
    public byte[] EncodeStateVector()
    {
        var encoder = new DSEncoderV1();
        StructEncoding.WriteStateVector(encoder, Store.GetStateVector());
        return encoder.ToArray();
    }

    /// <summary>The next expected clock per client (yjs <c>getStateVector</c>).</summary>
    public IReadOnlyDictionary<ulong, long> GetStateVector() => Store.GetStateVector();

    /// <summary>Decodes a state vector (yjs <c>decodeStateVector</c>).</summary>
    public static IReadOnlyDictionary<ulong, long> DecodeStateVector(ReadOnlyMemory<byte> encoded, DecodeLimits? limits = null) =>
        StructEncoding.DecodeStateVector(encoded, limits ?? DecodeLimits.Default);

    /// <summary>Encodes a state vector given as a dictionary (yjs <c>encodeStateVector(map)</c>).</summary>
    public static byte[] EncodeStateVector(IReadOnlyDictionary<ulong, long> stateVector)
    {
        ArgumentNullException.ThrowIfNull(stateVector);
        var encoder = new DSEncoderV1();
        StructEncoding.WriteStateVector(encoder, stateVector);
        return encoder.ToArray();
    }

    private byte[] EncodeStateAsUpdateCore(ReadOnlyMemory<byte> encodedTargetStateVector, bool v2)
    {
        if (encodedTargetStateVector.IsEmpty)
        {
            encodedTargetStateVector = new byte[] { 0 };
        }

        var targetStateVector = StructEncoding.DecodeStateVector(encodedTargetStateVector, Options.Limits);
        IUpdateEncoder encoder = v2 ? UpdateFormats.CreateEncoderV2() : new UpdateEncoderV1();
        StructEncoding.WriteClientsStructs(encoder, Store, targetStateVector);
        DeleteSet.CreateFromStructStore(Store).Write(encoder);
        var first = encoder.ToArray();
        if (Store.PendingDs is null && Store.PendingStructs is null)
        {
            return first;
        }

        // Pending data is kept as V2 updates; it is merged into the answer so nothing is lost.
        var updates = new List<byte[]> { first };
        if (Store.PendingDs is { } pendingDs)
        {
            updates.Add(pendingDs);
        }

        if (Store.PendingStructs is { } pendingStructs)
        {
            updates.Add(PendingUpdates.DiffUpdateV2(pendingStructs.Update, encodedTargetStateVector));
        }

        if (v2)
        {
            return PendingUpdates.MergeUpdatesV2(updates);
        }

        for (var i = 1; i < updates.Count; i++)
        {
            updates[i] = PendingUpdates.ConvertUpdateFormatV2ToV1(updates[i]);
        }

        return PendingUpdates.MergeUpdatesV1(updates);
    }

    /// <summary>
    /// Integrates a decoded update in one remote transaction (yjs <c>readUpdateV2</c>), including
    /// retrying pending structs that the new structs unblocked (a loop, where yjs recurses).
    /// </summary>
    private void ApplyDecoded(DecodedUpdate decoded, object? origin)
    {
        Transact(
            transaction =>
            {
                var current = decoded;
                while (current is not null)
                {
                    transaction.Local = false;
                    current = IntegrateDecoded(transaction, current);
                }
            },
            origin,
            false);
    }

    /// <summary>One round of <c>readUpdateV2</c>; returns the pending update to retry, if any.</summary>
    private DecodedUpdate? IntegrateDecoded(Transaction transaction, DecodedUpdate decoded)
    {
        var store = Store;
        ResolveRootParents(decoded);
        var retry = false;
        var restStructs = StructIntegrator.IntegrateStructs(transaction, store, decoded.ClientRefs);
        var pending = store.PendingStructs;
        if (pending is not null)
        {
            // Can something that waited be applied now?
            foreach (var (client, clock) in pending.Missing)
            {
                if (clock < store.GetState(client))
                {
                    retry = true;
                    break;
                }
            }

            if (restStructs is not null)
            {
                foreach (var (client, clock) in restStructs.Missing)
                {
                    if (!pending.Missing.TryGetValue(client, out var mclock) || mclock > clock)
                    {
                        pending.Missing[client] = clock;
                    }
                }

                pending.Update = PendingUpdates.MergeUpdatesV2([pending.Update, restStructs.Update]);
            }
        }
        else
        {
            store.PendingStructs = restStructs;
        }

        var dsRest = ApplyDeleteBlocks(decoded.DeleteBlocks, transaction, store);
        if (store.PendingDs is { } pendingDs)
        {
            var pendingDecoder = UpdateFormats.CreateDecoderV2(pendingDs, PendingUpdates.OwnData);
            pendingDecoder.RestDecoder.ReadVarUint(); // zero structs: pending deletions carry only a delete set
            var dsRest2 = ApplyDeleteBlocks(DeleteSet.ReadBlocks(pendingDecoder), transaction, store);
            store.PendingDs = dsRest is not null && dsRest2 is not null
                ? PendingUpdates.MergeUpdatesV2([dsRest, dsRest2])
                : dsRest ?? dsRest2;
        }
        else
        {
            store.PendingDs = dsRest;
        }

        if (retry)
        {
            var update = store.PendingStructs!.Update;
            store.PendingStructs = null;
            return DecodedUpdate.Decode(UpdateFormats.CreateDecoderV2(update, PendingUpdates.OwnData));
        }

        return null;
    }

    /// <summary>Root parents were read as names; like yjs's <c>doc.get(name)</c> while reading, create the roots now.</summary>
    private void ResolveRootParents(DecodedUpdate decoded)
    {
        foreach (var refs in decoded.ClientRefs.Values)
        {
            foreach (var str in refs.Refs)
            {
                if (str is Item { ParentKey: { } key } item)
                {
                    item.Parent = Get(key);
                }
            }
        }
    }

    /// <summary>
    /// Deletes the ranges we have structs for (yjs <c>readAndApplyDeleteSet</c>); returns the rest as
    /// a V2 update with zero structs, or null.
    /// </summary>
    private static byte[]? ApplyDeleteBlocks(List<(ulong Client, List<DeleteItem> Items)> blocks, Transaction transaction, StructStore store)
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
    /// yjs writes unapplied ranges in stream order; valid updates have them sorted already. Sorting
    /// only malformed ones keeps the V2 delete-set encoder from seeing negative clock differences.
    /// </summary>
    private static void SortIfUnsorted(List<DeleteItem> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Clock < list[i - 1].Clock)
            {
                list.Sort(static (a, b) => a.Clock.CompareTo(b.Clock));
                return;
            }
        }
    }
}
