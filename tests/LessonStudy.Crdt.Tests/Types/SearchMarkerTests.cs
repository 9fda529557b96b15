using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types;

public class SearchMarkerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(77)]
    [InlineData(4242)]
    public void RandomEdits_MatchListModelAndKeepMarkersConsistent(int seed)
    {
        var rng = new Random(seed);
        var doc = new Doc(new DocOptions { ClientId = 1 });
        var a = doc.GetArray("a");
        var model = new List<object?>();
        var next = 0;
        for (var step = 0; step < 4000; step++)
        {
            var op = rng.Next(10);
            if (op < 5 || model.Count == 0)
            {
                var index = rng.Next(model.Count + 1);
                var n = 1 + rng.Next(4);
                var values = new object?[n];
                for (var j = 0; j < n; j++)
                {
                    values[j] = (double)next++;
                }
                a.Insert(index, values);
                model.InsertRange(index, values);
            }
            else if (op < 8)
            {
                var index = rng.Next(model.Count);
                var len = 1 + rng.Next(Math.Min(5, model.Count - index));
                a.Delete(index, len);
                model.RemoveRange(index, len);
            }
            else
            {
                var index = rng.Next(model.Count);
                Assert.True(Equals(model[index], a.Get(index)), $"seed {seed}, step {step}: Get({index})");
            }

            if (step % 500 == 0)
            {
                AssertMarkersConsistent(a, seed, step);
            }
        }

        Assert.Equal(model, a.ToArray());
        AssertMarkersConsistent(a, seed, -1);
    }

    [Fact]
    public void RemoteChange_ClearsMarkers()
    {
        var d1 = new Doc(new DocOptions { ClientId = 1 });
        var d2 = new Doc(new DocOptions { ClientId = 2 });
        var a1 = d1.GetArray("a");
        a1.Insert(0, Enumerable.Range(0, 200).Select(i => (object?)i).ToArray());
        for (var i = 1; i < 200; i += 7)
        {
            a1.Insert(i, "x");
        }
        a1.Get(150);
        Assert.NotEmpty(a1.SearchMarker!);

        d2.GetArray("a").Insert(0, "remote");
        TypeTestDocs.Sync(d2, d1);

        Assert.Empty(a1.SearchMarker!);
        var all = a1.ToArray();
        Assert.Contains("remote", all);
        for (var i = 0; i < all.Length; i += 13)
        {
            Assert.Equal(all[i], a1.Get(i));
        }
    }

    private static void AssertMarkersConsistent(YArray a, int seed, int step)
    {
        var markers = a.SearchMarker!;
        Assert.True(markers.Count <= AbstractType.MaxSearchMarker, $"seed {seed}, step {step}: {markers.Count} markers");
        // Item.Marker flags may lag after merges (as in yjs); positions must not.
        var positions = new Dictionary<Item, int>(ReferenceEqualityComparer.Instance);
        var index = 0;
        for (var n = a.Start; n is not null; n = n.Right)
        {
            positions[n] = index;
            if (!n.Deleted && n.Countable)
            {
                index += n.Length;
            }
        }
        foreach (var m in markers)
        {
            Assert.True(positions.TryGetValue(m.P, out var pos), $"seed {seed}, step {step}: marker item not in list");
            Assert.True(pos == m.Index, $"seed {seed}, step {step}: marker index {m.Index}, actual {pos}");
        }
    }
}
