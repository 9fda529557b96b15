using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;
using static LessonStudy.Crdt.Tests.Document.ItemEditing;
using GC = LessonStudy.Crdt.Structs.GC;

namespace LessonStudy.Crdt.Tests.Structs;

public class StructStoreTests
{
    [Fact]
    public void AddStruct_WithClockGap_Throws()
    {
        var store = new StructStore();
        store.AddStruct(new GC(new ID(1, 0), 3));
        Assert.Throws<InvalidOperationException>(() => store.AddStruct(new GC(new ID(1, 4), 1)));
        store.AddStruct(new GC(new ID(1, 3), 2));
        Assert.Equal(5, store.GetState(1));
        Assert.Equal(0, store.GetState(2));
    }

    [Fact]
    public void FindIndexSS_FindsEveryClock()
    {
        var structs = new List<AbstractStruct>();
        long clock = 0;
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var len = 1 + random.Next(20);
            structs.Add(new GC(new ID(1, clock), len));
            clock += len;
        }

        for (long c = 0; c < clock; c++)
        {
            var index = StructStore.FindIndexSS(structs, c);
            var s = structs[index];
            Assert.True(s.Id.Clock <= c && c < s.Id.Clock + s.Length, $"clock {c} (seed 7)");
        }

        Assert.Throws<InvalidOperationException>(() => StructStore.FindIndexSS(structs, clock));
    }

    [Fact]
    public void GetItemCleanStartAndEnd_SplitItemsAtTheId()
    {
        var doc = NewDoc(1);
        var text = doc.GetText("t");
        doc.Transact(tr =>
        {
            Insert(tr, text, 0, Str("abcdef"));
            var right = doc.Store.GetItemCleanStart(tr, new ID(1, 2));
            Assert.Equal("cdef", ((ContentString)right.Content).Str);
            var left = doc.Store.GetItemCleanEnd(tr, new ID(1, 3));
            Assert.Same(right, left);
            Assert.Equal("cd", ((ContentString)left.Content).Str);
            Assert.Equal(3, doc.Store.Clients[1].Count);
            Assert.Equal(new ID(1, 1), right.Origin);
            Assert.Equal(new ID(1, 3), left.Right!.Origin);
        });
        // Cleanup merges the split parts back.
        Assert.Single(doc.Store.Clients[1]);
        Assert.Equal("abcdef", Text(text));
    }

    [Fact]
    public void ContentString_SplitInsideSurrogatePair_ReplacesBothHalves()
    {
        var left = new ContentString("a😀b");
        var right = (ContentString)left.Splice(2);
        Assert.Equal("a\uFFFD", left.Str);
        Assert.Equal("\uFFFDb", right.Str);
        var plain = new ContentString("abc");
        Assert.Equal("c", ((ContentString)plain.Splice(2)).Str);
        Assert.Equal("ab", plain.Str);
    }

    [Fact]
    public void DeletingDeeplyNestedTypes_DoesNotRecurse()
    {
        var doc = NewDoc(1);
        var root = doc.GetArray("a");
        doc.Transact(tr =>
        {
            AbstractType parent = root;
            for (var i = 0; i < 100_000; i++)
            {
                var child = new YArray();
                Insert(tr, parent, 0, new ContentType(child));
                parent = child;
            }
        });
        doc.Transact(tr => Delete(tr, root, 0, 1));
        // Everything below the deleted array is collected to GC structs and merged.
        Assert.Equal(2, doc.Store.Clients[1].Count);
        Assert.IsType<GC>(doc.Store.Clients[1][1]);
        var copy = NewDoc(2);
        copy.ApplyUpdate(doc.EncodeStateAsUpdate());
        Assert.Equal(doc.EncodeStateAsUpdate(), copy.EncodeStateAsUpdate());
    }
}
