namespace LessonStudy.Crdt.Tests.Document;

/// <summary>Seeded: updates of three editing peers applied in random orders converge to the same bytes.</summary>
public class OutOfOrderFuzzTests
{
    private static List<byte[]> RecordUpdates(int seed, int steps)
    {
        var random = new Random(seed);
        var docs = Enumerable.Range(1, 3).Select(i => new Doc(new DocOptions { ClientId = (ulong)i })).ToArray();
        var all = new List<byte[]>();
        foreach (var d in docs)
        {
            d.Update += (u, origin, _) =>
            {
                if (origin is not "sync")
                {
                    all.Add(u);
                }
            };
        }

        for (var step = 0; step < steps; step++)
        {
            var d = docs[random.Next(docs.Length)];
            var text = d.GetText("t");
            var map = d.GetMap("m");
            switch (random.Next(5))
            {
                case 0 or 1:
                    text.Insert(random.Next(text.Length + 1), new string((char)('a' + random.Next(26)), 1 + random.Next(3)));
                    break;
                case 2 when text.Length > 0:
                    var at = random.Next(text.Length);
                    text.Delete(at, Math.Min(1 + random.Next(3), text.Length - at));
                    break;
                case 3:
                    map.Set("k" + random.Next(3), (double)step);
                    break;
                default:
                    // Sync two peers in one direction.
                    var other = docs[random.Next(docs.Length)];
                    other.ApplyUpdate(d.EncodeStateAsUpdate(other.EncodeStateVector()), "sync");
                    break;
            }
        }

        return all;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomDeliveryOrders_ConvergeToInOrderState(int seed)
    {
        var updates = RecordUpdates(seed, 150);
        var reference = new Doc(new DocOptions { ClientId = 100 });
        foreach (var u in updates)
        {
            reference.ApplyUpdate(u);
        }

        var expected = reference.EncodeStateAsUpdate();
        var random = new Random(seed * 7919);
        for (var round = 0; round < 10; round++)
        {
            var shuffled = updates.OrderBy(_ => random.Next()).ToList();
            var doc = new Doc(new DocOptions { ClientId = 200 });
            for (var i = 0; i < shuffled.Count; i++)
            {
                doc.ApplyUpdate(shuffled[i]);
                if (i % 10 == 0)
                {
                    // Re-encoding with pending data must always work (and re-applying it is harmless).
                    var snapshot = doc.EncodeStateAsUpdate();
                    var copy = new Doc(new DocOptions { ClientId = 300 });
                    copy.ApplyUpdate(snapshot);
                }
            }

            Assert.True(doc.Store.PendingStructs is null, $"pending structs left (seed {seed}, round {round})");
            Assert.True(doc.Store.PendingDs is null, $"pending deletes left (seed {seed}, round {round})");
            Assert.True(expected.AsSpan().SequenceEqual(doc.EncodeStateAsUpdate()), $"diverged (seed {seed}, round {round})");
            Assert.Equal(reference.GetText("t").ToString(), doc.GetText("t").ToString());
        }
    }
}
