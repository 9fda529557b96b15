using LessonStudy.Crdt.Inspection;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Properties;

/// <summary>
/// Replicas connected by an unreliable network: every update a replica emits is queued for every
/// other replica and delivered later, in any order, sometimes twice; replicas also sync pairwise by
/// state vector. The operations touch a text (with formats and embeds, Chinese and emoji), a map,
/// an array and a map nested in the array.
/// </summary>
internal sealed class ReplicaNetwork
{
    private static readonly string[] Snippets = ["a", "bc", "集体备课", "😀", "👩‍🏫", "修正", "\n", "xyz", "é"];
    private static readonly string[] Keys = ["title", "stage", "round", "课题", "k"];

    private readonly Doc[] _docs;
    private readonly List<byte[]>[] _inbox;
    private readonly List<byte[]>[] _delivered;

    public ReplicaNetwork(int replicas, bool gc)
    {
        _docs = new Doc[replicas];
        _inbox = new List<byte[]>[replicas];
        _delivered = new List<byte[]>[replicas];
        for (var i = 0; i < replicas; i++)
        {
            var index = i;
            _docs[i] = new Doc(new DocOptions { ClientId = (ulong)(i + 1), Gc = gc });
            // Every replica knows every root, as an application's replicas do.
            _docs[i].GetText("content");
            _docs[i].GetMap("meta");
            _docs[i].GetArray("items");
            _inbox[i] = [];
            _delivered[i] = [];
            _docs[i].Update += (update, origin, _) =>
            {
                if (origin is ReplicaNetwork)
                {
                    return;
                }

                for (var j = 0; j < _inbox.Length; j++)
                {
                    if (j != index)
                    {
                        _inbox[j].Add(update);
                    }
                }
            };
        }
    }

    public IReadOnlyList<Doc> Docs => _docs;

    public void Run(ScenarioStep step)
    {
        var doc = _docs[step.Replica % _docs.Length];
        var text = doc.GetText("content");
        var map = doc.GetMap("meta");
        var array = doc.GetArray("items");
        switch (step.Kind)
        {
            case StepKind.TextInsert:
                text.Insert(Boundary(text, Pos(step.A, text.Length + 1)), Snippets[step.B % Snippets.Length]);
                break;
            case StepKind.TextDelete when text.Length > 0:
                var at = Boundary(text, Pos(step.A, text.Length));
                text.Delete(at, Boundary(text, at + 1 + Pos(step.B, Math.Min(4, text.Length - at))) - at);
                break;
            case StepKind.TextFormat when text.Length > 0:
                var from = Boundary(text, Pos(step.A, text.Length));
                var attrs = new Dictionary<string, object?> { [step.C % 2 == 0 ? "bold" : "italic"] = step.B % 3 == 0 ? null : true };
                text.Format(from, Boundary(text, from + 1 + Pos(step.B, text.Length - from)) - from, attrs);
                break;
            case StepKind.TextEmbed:
                text.InsertEmbed(Boundary(text, Pos(step.A, text.Length + 1)), new Dictionary<string, object?> { ["image"] = $"img{step.B % 10}.png" });
                break;
            case StepKind.MapSet:
                map.Set(Keys[step.A % Keys.Length], step.B % 3 == 0 ? $"值{step.C % 100}" : step.C % 1000);
                break;
            case StepKind.MapDelete:
                map.Delete(Keys[step.A % Keys.Length]);
                break;
            case StepKind.ArrayInsert:
                array.Insert(Pos(step.A, array.Length + 1), step.B % 4 == 0 ? [new YMap()] : [step.C % 50, $"s{step.B % 7}"]);
                break;
            case StepKind.ArrayDelete when array.Length > 0:
                var i = Pos(step.A, array.Length);
                array.Delete(i, 1 + Pos(step.B, Math.Min(3, array.Length - i)));
                break;
            case StepKind.NestedEdit when array.Length > 0:
                if (array.Get(Pos(step.A, array.Length)) is YMap nested)
                {
                    nested.Set(Keys[step.B % Keys.Length], step.C % 100);
                }

                break;
            case StepKind.Deliver:
                Deliver(step.Replica % _docs.Length, step.A, step.B, step.C);
                break;
            case StepKind.SyncWithPeer:
                var peer = _docs[step.A % _docs.Length];
                if (peer != doc)
                {
                    doc.ApplyUpdate(peer.EncodeStateAsUpdate(doc.EncodeStateVector()), this);
                }

                break;
        }
    }

    /// <summary>
    /// Delivers everything still queued, each inbox in a shuffled order, until the network is quiet:
    /// applying remote formatting can make a replica clean up redundant format marks, which are new
    /// local updates for the others.
    /// </summary>
    public void DeliverAll(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; _inbox.Any(i => i.Count > 0); round++)
        {
            Assert.True(round < 100, "the replicas keep producing updates: no quiescence after 100 delivery rounds");
            for (var r = 0; r < _docs.Length; r++)
            {
                var pending = _inbox[r].ToArray();
                random.Shuffle(pending);
                _inbox[r].Clear();
                foreach (var update in pending)
                {
                    _docs[r].ApplyUpdate(update, this);
                }
            }
        }
    }

    public static string Describe(Doc doc) =>
        $"{DocumentJson.ToJson(doc)} delta={string.Join(",", doc.GetText("content").ToDelta().Select(op => op.ToString()))}";

    private void Deliver(int replica, int count, int shuffle, int duplicate)
    {
        var inbox = _inbox[replica];
        if (inbox.Count == 0)
        {
            return;
        }

        var random = new Random(shuffle);
        var take = 1 + (count % inbox.Count);
        var picked = new List<byte[]>(take);
        for (var k = 0; k < take; k++)
        {
            var at = random.Next(inbox.Count);
            picked.Add(inbox[at]);
            inbox.RemoveAt(at);
        }

        foreach (var update in picked)
        {
            _docs[replica].ApplyUpdate(update, this);
            _delivered[replica].Add(update);
        }

        if (duplicate % 3 == 0)
        {
            var again = _delivered[replica][random.Next(_delivered[replica].Count)];
            _docs[replica].ApplyUpdate(again, this);
        }
    }

    /// <summary>
    /// Moves an index off the middle of a surrogate pair. Editors address code points; yjs itself
    /// diverges when an edit splits a pair (the splitting peer alone turns both halves into U+FFFD,
    /// yjs issue #248), which the byte-level text tests pin down separately.
    /// </summary>
    private static int Boundary(YText text, int index)
    {
        // Positions count embeds as one unit, which ToString leaves out: rebuild the text from the delta.
        var builder = new System.Text.StringBuilder();
        foreach (var op in text.ToDelta())
        {
            builder.Append(op.Insert as string ?? "\uFFFC");
        }

        var s = builder.ToString();
        index = Math.Min(index, s.Length);
        return index > 0 && index < s.Length && char.IsLowSurrogate(s[index]) && char.IsHighSurrogate(s[index - 1]) ? index + 1 : index;
    }

    private static int Pos(int random, int count) => count <= 0 ? 0 : (int)((uint)random % (uint)count);
}
