using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Tests.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types;

/// <summary>Concurrent edits between C# peers: results and states compared with yjs 13.6.33.</summary>
public class ConcurrencyTests
{
    private static Doc NewDoc(ulong id) => new(new DocOptions { ClientId = id });

    // d1.getMap('m').set('k', 'one'); d2.getMap('m').set('k', 'two')
    // d1.getArray('a').insert(0, ['a1', 'a2']); d2.getArray('a').insert(0, ['b1']); sync both ways
    // const inner = new Y.Map(); d1.getArray('a').insert(1, [inner]); sync(d1, d2)
    // d1.getArray('a').delete(1, 1); d2.getArray('a').get(1).set('x', 1); d2.getArray('a').insert(0, ['z']); sync both ways
    [Fact]
    public void ConcurrentSetsInsertsAndDeleteOfEditedMap_ConvergeAsYjs()
    {
        var d1 = NewDoc(1);
        var d2 = NewDoc(2);
        d1.GetMap("m").Set("k", "one");
        d2.GetMap("m").Set("k", "two");
        d1.GetArray("a").Insert(0, "a1", "a2");
        d2.GetArray("a").Insert(0, "b1");
        TypeTestDocs.SyncBoth(d1, d2);

        Assert.Equal("two", d1.GetMap("m").Get("k"));
        Assert.Equal(new object?[] { "a1", "a2", "b1" }, d2.GetArray("a").ToArray());
        const string afterFirstSync = "020202002801016d016b01770374776f0801016101770262310201002101016d016b01080101610277026131770261320101010001";
        Assert.Equal(afterFirstSync, Hex.Of(d1.EncodeStateAsUpdate()));
        Assert.Equal(afterFirstSync, Hex.Of(d2.EncodeStateAsUpdate()));

        d1.GetArray("a").Insert(1, new YMap());
        TypeTestDocs.Sync(d1, d2);
        d1.GetArray("a").Delete(1, 1);
        ((YMap)d2.GetArray("a").Get(1)!).Set("x", 1);
        d2.GetArray("a").Insert(0, "z");
        TypeTestDocs.SyncBoth(d1, d2);

        Assert.Equal(new object?[] { "z", "a1", "a2", "b1" }, d1.GetArray("a").ToArray());
        Assert.Equal(new object?[] { "z", "a1", "a2", "b1" }, d2.GetArray("a").ToArray());
        const string final = "020402002801016d016b01770374776f08010161017702623100014801010177017a0401002101016d016b010801016101770261318801010177026132c101010102010202010201010200010301";
        Assert.Equal(final, Hex.Of(d1.EncodeStateAsUpdate()));
        Assert.Equal(final, Hex.Of(d2.EncodeStateAsUpdate()));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void RandomNestedEdits_PeersAndReversedReplayConverge(int seed)
    {
        var rng = new Random(seed);
        var peers = new[] { NewDoc(10), NewDoc(20) };
        var updates = new List<byte[]>();
        foreach (var p in peers)
        {
            p.Update += (u, _, _) => updates.Add(u);
        }
        for (var step = 0; step < 300; step++)
        {
            var d = peers[rng.Next(2)];
            var root = d.GetMap("root");
            switch (rng.Next(6))
            {
                case 0:
                    root.Set("k" + rng.Next(4), rng.Next(100));
                    break;
                case 1:
                    root.Set("list" + rng.Next(2), YArray.From([rng.Next(9)]));
                    break;
                case 2:
                    if (root.Get("list" + rng.Next(2)) is YArray list)
                    {
                        list.Insert(rng.Next(list.Length + 1), "v" + step, new YMap([new("n", step)]));
                    }
                    break;
                case 3:
                    if (root.Get("list" + rng.Next(2)) is YArray { Length: > 0 } l2)
                    {
                        l2.Delete(rng.Next(l2.Length));
                    }
                    break;
                case 4:
                    root.Delete("k" + rng.Next(4));
                    break;
                default:
                    TypeTestDocs.SyncBoth(peers[0], peers[1]);
                    break;
            }
        }
        TypeTestDocs.SyncBoth(peers[0], peers[1]);

        // a third peer gets every update event in reverse order: structs wait as pending until
        // their dependencies arrive
        var late = NewDoc(30);
        for (var i = updates.Count - 1; i >= 0; i--)
        {
            late.ApplyUpdate(updates[i]);
        }

        // key order follows each peer's local history (as a JavaScript Map does), so compare unordered
        var expected = peers[0].GetMap("root").ToJson();
        Assert.True(JsValue.DeepEquals(expected, peers[1].GetMap("root").ToJson()), $"seed {seed}: peers diverged");
        Assert.True(JsValue.DeepEquals(expected, late.GetMap("root").ToJson()), $"seed {seed}: reversed updates diverged");
    }
}
