using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

/// <summary>
/// A point in a document's history: a state vector and the delete set at that point (yjs
/// <c>Snapshot</c>). Restoring one needs a document created with <c>Gc = false</c>.
/// </summary>
public sealed class Snapshot
{
    /// <summary>Key under which <see cref="SplitSnapshotAffectedStructs"/> remembers its work in <see cref="Transaction.Meta"/>.</summary>
    private static readonly object SplitMetaKey = new();

    public Snapshot(DeleteSet ds, IReadOnlyDictionary<ulong, long> sv)
    {
        ArgumentNullException.ThrowIfNull(ds);
        ArgumentNullException.ThrowIfNull(sv);
        Ds = ds;
        Sv = sv;
    }

    public DeleteSet Ds { get; }

    public IReadOnlyDictionary<ulong, long> Sv { get; }

    /// <summary>The current state of <paramref name="doc"/> (yjs <c>snapshot</c>).</summary>
    public static Snapshot Create(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new Snapshot(DeleteSet.CreateFromStructStore(doc.Store), doc.Store.GetStateVector());
    }

    /// <summary>A snapshot before anything happened.</summary>
    public static Snapshot Empty() => new(new DeleteSet(), new Dictionary<ulong, long>());

    /// <summary>Delete set (V1) then state vector, no length prefixes (yjs <c>encodeSnapshot</c>).</summary>
    public byte[] Encode()
    {
        var encoder = new DSEncoderV1();
        Ds.Write(encoder);
        StructEncoding.WriteStateVector(encoder, Sv);
        return encoder.ToArray();
    }

    /// <summary>Delete set (V2) then state vector (yjs <c>encodeSnapshotV2</c>).</summary>
    public byte[] EncodeV2()
    {
        var encoder = UpdateFormats.CreateDSEncoderV2();
        Ds.Write(encoder);
        StructEncoding.WriteStateVector(encoder, Sv);
        return encoder.ToArray();
    }

    /// <summary>Decodes <see cref="Encode"/>'s output; throws only <see cref="CrdtFormatException"/>.</summary>
    public static Snapshot Decode(ReadOnlyMemory<byte> data, DecodeLimits? limits = null)
    {
        limits ??= DecodeLimits.Default;
        StructEncoding.CheckInputSize(data.Length, limits);
        var decoder = new DSDecoderV1(data, limits);
        return new Snapshot(DeleteSet.Read(decoder), StructEncoding.ReadStateVector(decoder));
    }

    /// <summary>Decodes <see cref="EncodeV2"/>'s output; throws only <see cref="CrdtFormatException"/>.</summary>
    public static Snapshot DecodeV2(ReadOnlyMemory<byte> data, DecodeLimits? limits = null)
    {
        limits ??= DecodeLimits.Default;
        StructEncoding.CheckInputSize(data.Length, limits);
        var decoder = UpdateFormats.CreateDSDecoderV2(data, limits);
        return new Snapshot(DeleteSet.Read(decoder), StructEncoding.ReadStateVector(decoder));
    }

    /// <summary>Same state vector and same delete ranges (yjs <c>equalSnapshots</c>).</summary>
    public static bool EqualSnapshots(Snapshot snap1, Snapshot snap2)
    {
        ArgumentNullException.ThrowIfNull(snap1);
        ArgumentNullException.ThrowIfNull(snap2);
        var ds1 = snap1.Ds.Clients;
        var ds2 = snap2.Ds.Clients;
        if (snap1.Sv.Count != snap2.Sv.Count || ds1.Count != ds2.Count)
        {
            return false;
        }

        foreach (var (client, clock) in snap1.Sv)
        {
            if (!snap2.Sv.TryGetValue(client, out var other) || other != clock)
            {
                return false;
            }
        }

        foreach (var (client, items1) in ds1)
        {
            var items2 = ds2.GetValueOrDefault(client);
            var count2 = items2?.Count ?? 0;
            if (items1.Count != count2)
            {
                return false;
            }

            for (var i = 0; i < items1.Count; i++)
            {
                if (items1[i] != items2![i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="item"/> exists and is not deleted in <paramref name="snapshot"/> (or now, if null).</summary>
    internal static bool IsVisible(Item item, Snapshot? snapshot) =>
        snapshot is null
            ? !item.Deleted
            : snapshot.Sv.TryGetValue(item.Id.Client, out var clock) && clock > item.Id.Clock && !snapshot.Ds.IsDeleted(item.Id);

    /// <summary>
    /// Splits items at the snapshot's state and delete boundaries so whole items are either visible
    /// or not (yjs <c>splitSnapshotAffectedStructs</c>); done once per snapshot and transaction.
    /// </summary>
    internal static void SplitSnapshotAffectedStructs(Transaction transaction, Snapshot snapshot)
    {
        if (!transaction.Meta.TryGetValue(SplitMetaKey, out var value) || value is not HashSet<Snapshot> meta)
        {
            meta = new HashSet<Snapshot>(ReferenceEqualityComparer.Instance);
            transaction.Meta[SplitMetaKey] = meta;
        }

        if (meta.Add(snapshot))
        {
            var store = transaction.Doc.Store;
            foreach (var (client, clock) in snapshot.Sv)
            {
                if (clock < store.GetState(client))
                {
                    store.GetItemCleanStart(transaction, new ID(client, clock));
                }
            }

            snapshot.Ds.IterateDeletedStructs(transaction, static _ => { });
        }
    }

    /// <summary>
    /// A new document holding <paramref name="originDoc"/>'s content as of <paramref name="snapshot"/>
    /// (yjs <c>createDocFromSnapshot</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The origin document collects garbage.</exception>
    public static Doc CreateDocFromSnapshot(Doc originDoc, Snapshot snapshot, Doc? newDoc = null)
    {
        ArgumentNullException.ThrowIfNull(originDoc);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (originDoc.Gc)
        {
            // Restored items might have had their content collected.
            throw new InvalidOperationException("Garbage-collection must be disabled in `originDoc`!");
        }

        newDoc ??= new Doc();
        var encoder = UpdateFormats.CreateEncoderV2();
        originDoc.Transact(transaction =>
        {
            var store = originDoc.Store;
            var size = 0;
            foreach (var clock in snapshot.Sv.Values)
            {
                if (clock > 0)
                {
                    size++;
                }
            }

            encoder.RestEncoder.WriteVarUint((ulong)size);
            foreach (var (client, clock) in snapshot.Sv)
            {
                if (clock == 0)
                {
                    continue;
                }

                if (clock < store.GetState(client))
                {
                    store.GetItemCleanStart(transaction, new ID(client, clock));
                }

                var structs = store.Clients.GetValueOrDefault(client) ?? [];
                var lastStructIndex = StructStore.FindIndexSS(structs, clock - 1);
                encoder.RestEncoder.WriteVarUint((ulong)(lastStructIndex + 1));
                encoder.WriteClient(client);
                encoder.RestEncoder.WriteVarUint(0);
                for (var i = 0; i <= lastStructIndex; i++)
                {
                    structs[i].Write(encoder, 0);
                }
            }

            snapshot.Ds.Write(encoder);
        });
        newDoc.ApplyUpdateV2(encoder.ToArray(), "snapshot");
        return newDoc;
    }

    /// <summary>Whether everything in the V1 <paramref name="update"/> is part of this snapshot (yjs <c>snapshotContainsUpdate</c>).</summary>
    public bool ContainsUpdate(ReadOnlyMemory<byte> update) =>
        ContainsDecoded(DecodedUpdate.Decode(new UpdateDecoderV1(update, DecodeLimits.Default)));

    /// <summary>Like <see cref="ContainsUpdate"/> for a V2 update.</summary>
    public bool ContainsUpdateV2(ReadOnlyMemory<byte> update) =>
        ContainsDecoded(DecodedUpdate.Decode(UpdateFormats.CreateDecoderV2(update, DecodeLimits.Default)));

    private bool ContainsDecoded(DecodedUpdate decoded)
    {
        foreach (var refs in decoded.ClientRefs.Values)
        {
            foreach (var str in refs.Refs)
            {
                if (Sv.GetValueOrDefault(str.Id.Client) < str.Id.Clock + str.Length)
                {
                    return false;
                }
            }
        }

        var updateDs = new DeleteSet();
        foreach (var (client, items) in decoded.DeleteBlocks)
        {
            foreach (var item in items)
            {
                updateDs.Add(client, item.Clock, item.Len);
            }
        }

        var merged = DeleteSet.MergeDeleteSets([Ds, updateDs]);
        return DeleteSet.EqualDeleteSets(Ds, merged);
    }
}
