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
    /// Reads one update from <paramref name="decoder"/> (V1 or V2) and applies it (yjs <c>readUpdateV2</c>),
    /// with the same decode-first guarantee as <see cref="ApplyUpdate"/>.
    /// </summary>
    internal void ReadUpdate(IUpdateDecoder decoder, object? origin = null) =>
        ApplyDecoded(DecodedUpdate.Decode(decoder), origin);

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

        var dsRest = DeleteSet.ApplyDeleteBlocks(decoded.DeleteBlocks, transaction, store);
        if (store.PendingDs is { } pendingDs)
        {
            var pendingDecoder = UpdateFormats.CreateDecoderV2(pendingDs, PendingUpdates.OwnData);
            pendingDecoder.RestDecoder.ReadVarUint(); // zero structs: pending deletions carry only a delete set
            var dsRest2 = DeleteSet.ApplyDeleteBlocks(DeleteSet.ReadBlocks(pendingDecoder), transaction, store);
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
}
