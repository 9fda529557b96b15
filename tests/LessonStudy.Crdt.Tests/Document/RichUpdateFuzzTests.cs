using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Document;

/// <summary>
/// Seeded mutation fuzz on updates with nested types, maps, text and two clients, applied over a
/// document that already holds part of the history: only format errors, and rejected updates
/// leave the document byte-identical.
/// </summary>
public class RichUpdateFuzzTests
{
    private static (byte[] Full, byte[] Partial) Build(int seed, bool v2)
    {
        var r = new Random(seed);
        var a = new Doc(new DocOptions { ClientId = 1 });
        var b = new Doc(new DocOptions { ClientId = 2 });
        byte[]? partial = null;
        for (var step = 0; step < 60; step++)
        {
            var d = r.Next(2) == 0 ? a : b;
            var map = d.GetMap("m");
            var arr = d.GetArray("a");
            var text = d.GetText("t");
            switch (r.Next(7))
            {
                case 0: text.Insert(r.Next(text.Length + 1), "xy"); break;
                case 1 when text.Length > 0: text.Delete(r.Next(text.Length), 1); break;
                case 2: map.Set("k" + r.Next(4), r.Next(2) == 0 ? new YMap() : (double)step); break;
                case 3: arr.Insert(r.Next(arr.Length + 1), r.Next(2) == 0 ? new YArray() : "v"); break;
                case 4 when arr.Length > 0: arr.Delete(r.Next(arr.Length), 1); break;
                case 5 when arr.Length > 0 && arr.Get(0) is YArray inner: inner.Insert(0, 1.0, 2.0); break;
                default:
                    b.ApplyUpdate(a.EncodeStateAsUpdate(b.EncodeStateVector()));
                    a.ApplyUpdate(b.EncodeStateAsUpdate(a.EncodeStateVector()));
                    partial ??= a.EncodeStateAsUpdate();
                    break;
            }
        }

        b.ApplyUpdate(a.EncodeStateAsUpdate(b.EncodeStateVector()));
        return (v2 ? b.EncodeStateAsUpdateV2() : b.EncodeStateAsUpdate(), partial ?? [0, 0]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MutatedUpdates_AreAppliedOrRejectedCleanly(bool v2)
    {
        for (var seed = 0; seed < 8; seed++)
        {
            var (full, partial) = Build(seed, v2);
            var r = new Random(seed);
            for (var round = 0; round < 150; round++)
            {
                var u = (byte[])full.Clone();
                var flips = 1 + r.Next(4);
                for (var f = 0; f < flips; f++)
                {
                    u[r.Next(u.Length)] = (byte)r.Next(256);
                }

                var doc = new Doc(new DocOptions { ClientId = 9 });
                doc.ApplyUpdate(partial);
                var before = doc.EncodeStateAsUpdate();
                try
                {
                    if (v2)
                    {
                        doc.ApplyUpdateV2(u);
                    }
                    else
                    {
                        doc.ApplyUpdate(u);
                    }

                    // Whatever was accepted can be encoded again in both formats.
                    doc.EncodeStateAsUpdate();
                    doc.EncodeStateAsUpdateV2();
                }
                catch (CrdtFormatException)
                {
                    Assert.True(before.AsSpan().SequenceEqual(doc.EncodeStateAsUpdate()), $"changed by a rejected update (seed {seed}, round {round}, v2 {v2})");
                }
            }
        }
    }
}
