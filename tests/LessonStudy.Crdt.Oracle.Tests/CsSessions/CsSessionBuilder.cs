using LessonStudy.Crdt.Inspection;
using LessonStudy.Crdt.Types;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt.Oracle.Tests.CsSessions;

/// <summary>One update event of one replica: the <c>Update</c> and <c>UpdateV2</c> bytes of a transaction.</summary>
internal sealed record UpdateEvent(int Replica, bool Local, byte[] V1, byte[] V2);

/// <summary>A finished session: every update event in generation order and the converged replicas.</summary>
internal sealed record CsSession(int Seed, bool Gc, IReadOnlyDictionary<string, RootKind> Hints, IReadOnlyList<UpdateEvent> Events, IReadOnlyList<Doc> Replicas);

/// <summary>
/// A seeded multi-replica session made with the engine, the C# twin of
/// <c>tests/oracle/lib/session.mjs</c>: 2–5 replicas edit Text (formats, embeds, CJK, emoji,
/// deltas, embedded types), Map, Array and Xml roots with nested types up to 3 levels and
/// subdocuments; they forward update events in shuffled order (subsets, duplicates, held-back
/// events, merged batches, v1 or v2) and exchange state-vector diffs; at the end all are synced.
/// Deterministic per seed.
/// </summary>
internal sealed partial class CsSessionBuilder
{
    private static readonly (string Name, RootKind Kind, double P)[] OptionalRoots =
        [("meta", RootKind.Map, 0.85), ("list", RootKind.Array, 0.85), ("xml", RootKind.Xml, 0.7)];

    private static readonly (string Name, RootKind Kind)[] ExtraRoots =
        [("备课记录", RootKind.Map), ("notes", RootKind.Text), ("outline", RootKind.Xml), ("items", RootKind.Array)];

    private readonly int _seed;
    private readonly Random _rng;
    private readonly bool _gc;
    private readonly Dictionary<string, RootKind> _hints = new(StringComparer.Ordinal) { ["content"] = RootKind.Text };
    private readonly List<string> _rootNames;
    private readonly List<Doc> _replicas = [];
    private readonly List<UpdateEvent> _events = [];
    private readonly List<UpdateEvent>[][] _outbox;
    private readonly int _opsTarget;
    private List<Action> _after = [];
    private int _ops;

    private CsSessionBuilder(int seed)
    {
        _seed = seed;
        _rng = new Random(seed);
        _gc = _rng.Chance(0.8);
        var clientIds = DrawClientIds(_rng.Int(2, 5));
        foreach (var (name, kind, p) in OptionalRoots)
        {
            if (_rng.Chance(p))
            {
                _hints[name] = kind;
            }
        }

        if (_rng.Chance(0.2))
        {
            var (name, kind) = _rng.Pick(ExtraRoots);
            _hints[name] = kind;
        }

        _rootNames = [.. _hints.Keys];
        _outbox = new List<UpdateEvent>[clientIds.Length][];
        for (var i = 0; i < clientIds.Length; i++)
        {
            _outbox[i] = new List<UpdateEvent>[clientIds.Length];
            for (var j = 0; j < clientIds.Length; j++)
            {
                _outbox[i][j] = [];
            }

            _replicas.Add(MakeReplica(clientIds[i], i));
        }

        _opsTarget = _rng.Chance(0.1) ? _rng.Int(300, 700) : _rng.Int(30, 200);
    }

    public static CsSession Generate(int seed) => new CsSessionBuilder(seed).Run();

    private CsSession Run()
    {
        while (_ops < _opsTarget)
        {
            var action = _rng.Next(100);
            if (action < 72)
            {
                EditTransaction();
            }
            else if (action < 90)
            {
                Forward();
            }
            else
            {
                DiffSync(_rng.Next(_replicas.Count), _rng.Next(_replicas.Count));
            }
        }

        FullSync();
        return new CsSession(_seed, _gc, _hints, _events, _replicas);
    }

    private Doc MakeReplica(ulong clientId, int index)
    {
        var doc = new Doc(new DocOptions { Gc = _gc, ClientId = clientId });
        (byte[] Bytes, bool Local)? v1 = null;
        doc.Update += (update, _, tr) =>
        {
            if (v1 is not null)
            {
                throw new InvalidOperationException("Update event without its UpdateV2 event");
            }

            v1 = (update, tr.Local);
        };
        doc.UpdateV2 += (update, _, _) =>
        {
            var first = v1 ?? throw new InvalidOperationException("UpdateV2 event without its Update event");
            v1 = null;
            var ev = new UpdateEvent(index, first.Local, first.Bytes, update);
            _events.Add(ev);
            if (ev.Local)
            {
                for (var j = 0; j < _outbox.Length; j++)
                {
                    if (j != index)
                    {
                        _outbox[index][j].Add(ev);
                    }
                }
            }
        };
        return doc;
    }

    /// <summary>Delivers some of i's queued local updates to j: a subset, maybe shuffled, duplicated, merged, v1 or v2.</summary>
    private void Forward()
    {
        var n = _replicas.Count;
        var i = _rng.Next(n);
        var j = _rng.Next(n - 1);
        if (j >= i)
        {
            j++;
        }

        var box = _outbox[i][j];
        if (box.Count == 0)
        {
            return;
        }

        var take = _rng.Chance(0.5) ? box.Count : _rng.Int(1, box.Count);
        var batch = box.GetRange(0, take);
        box.RemoveRange(0, take);
        if (_rng.Chance(0.5))
        {
            _rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batch));
        }

        if (batch.Count > 1 && _rng.Chance(0.2))
        {
            var held = _rng.Next(batch.Count);
            box.Add(batch[held]);
            batch.RemoveAt(held);
        }

        for (var k = batch.Count - 1; k >= 0; k--)
        {
            if (_rng.Chance(0.08))
            {
                batch.Insert(_rng.Next(batch.Count + 1), batch[k]);
            }
        }

        var target = _replicas[j];
        var useV2 = _rng.Chance(0.3);
        if (batch.Count > 1 && _rng.Chance(0.15))
        {
            if (useV2)
            {
                target.ApplyUpdateV2(EncodedUpdates.MergeUpdatesV2(batch.ConvertAll(e => (ReadOnlyMemory<byte>)e.V2)), "remote");
            }
            else
            {
                target.ApplyUpdate(EncodedUpdates.MergeUpdates(batch.ConvertAll(e => (ReadOnlyMemory<byte>)e.V1)), "remote");
            }

            return;
        }

        foreach (var ev in batch)
        {
            if (useV2)
            {
                target.ApplyUpdateV2(ev.V2, "remote");
            }
            else
            {
                target.ApplyUpdate(ev.V1, "remote");
            }
        }
    }

    /// <summary>from → to: the state-vector diff, as a sync step 2 carries it.</summary>
    private void DiffSync(int from, int to)
    {
        if (from == to)
        {
            return;
        }

        var a = _replicas[from];
        var b = _replicas[to];
        if (_rng.Chance(0.3))
        {
            b.ApplyUpdateV2(a.EncodeStateAsUpdateV2(b.EncodeStateVector()), "remote");
        }
        else
        {
            b.ApplyUpdate(a.EncodeStateAsUpdate(b.EncodeStateVector()), "remote");
        }
    }

    private void FullSync()
    {
        var n = _replicas.Count;
        for (var pass = 0; pass < 4; pass++)
        {
            for (var j = 1; j < n; j++)
            {
                DiffSync(j, 0);
            }

            for (var j = 1; j < n; j++)
            {
                DiffSync(0, j);
            }

            var sv0 = _replicas[0].EncodeStateVector();
            if (_replicas.TrueForAll(d => d.EncodeStateVector().AsSpan().SequenceEqual(sv0)))
            {
                return;
            }
        }

        throw new InvalidOperationException($"C# session {_seed}: the replicas' state vectors differ after four full syncs");
    }

    /// <summary>Distinct client ids: mostly uint32 like yjs, sometimes tiny or up to 2^53−1 (peers may send those).</summary>
    private ulong[] DrawClientIds(int n)
    {
        var ids = new List<ulong>();
        while (ids.Count < n)
        {
            var kind = _rng.Next(100);
            ulong id = kind < 85 ? (ulong)_rng.NextInt64(0, 1L << 32)
                : kind < 92 ? (ulong)_rng.Next(10)
                : (ulong)_rng.NextInt64(0, 1L << 53);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private AbstractType Root(Doc doc, string name) => _hints[name] switch
    {
        RootKind.Text => doc.GetText(name),
        RootKind.Map => doc.GetMap(name),
        RootKind.Array => doc.GetArray(name),
        _ => doc.GetXmlFragment(name),
    };
}
