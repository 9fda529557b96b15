using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Document;

public class DocTests
{
    private static byte[] Hex(string s) => Convert.FromHexString(s);

    private static string ToHex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();

    [Fact]
    public void RootCreatedByDecoding_IsUpgradedByTypedGetter()
    {
        var doc = new Doc(new DocOptions { ClientId = 5 });
        doc.ApplyUpdate(Hex("01010400080103617272037d01770374776f7800"));
        Assert.IsNotType<YArray>(doc.Share["arr"]);
        var array = doc.GetArray("arr");
        Assert.Same(array, doc.Share["arr"]);
        Assert.Equal(3, array.Length);
        Assert.Equal("two", array.Get(1));
        Assert.Same(array, doc.Get("arr"));
        Assert.Equal("01010400080103617272037d01770374776f7800", ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void RootDefinedAsOtherKind_Throws()
    {
        var doc = new Doc();
        doc.GetText("x");
        Assert.Throws<InvalidOperationException>(() => doc.GetMap("x"));
        Assert.Same(doc.GetText("x"), doc.GetText("x"));
    }

    [Fact]
    public void DefaultClientId_IsRandom32Bit()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => new Doc().ClientID).ToHashSet();
        Assert.True(ids.Count > 1);
        Assert.All(ids, id => Assert.True(id <= uint.MaxValue));
        Assert.True(Guid.TryParse(new Doc().Guid, out _));
    }

    [Fact]
    public void NestedTransact_JoinsOuterTransaction()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        var updates = 0;
        doc.Update += (_, _, _) => updates++;
        Transaction? inner = null;
        doc.Transact(outer =>
        {
            doc.GetText("t").Insert(0, "a");
            doc.Transact(tr =>
            {
                inner = tr;
                doc.GetText("t").Insert(1, "b");
            });
            Assert.Same(outer, inner);
            Assert.Equal(0, updates);
        }, "origin");
        Assert.Equal(1, updates);
    }

    [Fact]
    public void BeginTransaction_CommitsOnDispose()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        object? seenOrigin = null;
        doc.Update += (_, origin, _) => seenOrigin = origin;
        using (var tr = doc.BeginTransaction("mine"))
        {
            doc.GetText("t").Insert(0, "a");
            using (var nested = doc.BeginTransaction())
            {
                Assert.Same(tr, nested);
            }

            Assert.Null(seenOrigin);
        }

        Assert.Equal("mine", seenOrigin);
    }

    [Fact]
    public void ThrowingObserver_StillRunsCleanupAndOtherObservers()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        var text = doc.GetText("t");
        var second = false;
        var updates = 0;
        var throwing = text.Observe((_, _) => throw new InvalidOperationException("boom"));
        text.Observe((_, _) => second = true);
        doc.Update += (_, _, _) => updates++;
        var ex = Assert.Throws<InvalidOperationException>(() => text.Insert(0, "a"));
        Assert.Equal("boom", ex.Message);
        Assert.True(second);
        Assert.Equal(1, updates);
        // The document is usable afterwards.
        throwing.Dispose();
        text.Insert(1, "b");
        Assert.Equal("ab", text.ToString());
    }

    [Fact]
    public void DeepObserver_GetsEventsOfNestedTypesWithPaths()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        var root = doc.GetMap("root");
        var inner = new YArray();
        root.Set("list", inner);
        IReadOnlyList<YEvent>? events = null;
        YEventAction? keyAction = null;
        using var sub = root.ObserveDeep((e, _) =>
        {
            events = e;
            keyAction = e[0].Keys["k"].Action;
        });
        doc.Transact(_ =>
        {
            inner.Insert(0, 1.0);
            root.Set("k", "v");
        });
        Assert.NotNull(events);
        Assert.Equal(2, events!.Count);
        Assert.Empty(events[0].Path);
        Assert.Same(root, events[0].Target);
        Assert.Equal(["list"], events[1].Path);
        Assert.Same(root, events[1].CurrentTarget);
        Assert.Equal(YEventAction.Add, keyAction);
    }

    [Fact]
    public void EventChanges_AfterObserverReturned_Throw()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        var map = doc.GetMap("m");
        YEvent? saved = null;
        map.Observe((e, _) => saved = e);
        map.Set("a", 1);
        Assert.Throws<InvalidOperationException>(() => saved!.Changes);
    }

    [Fact]
    public void Subdocument_IsWrittenWithGuidAndOptions_AndRaisesEvents()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        var events = new List<string>();
        doc.SubdocsChanged += (e, _) => events.Add(
            $"{string.Join(",", e.Loaded.Select(d => d.Guid))}|{string.Join(",", e.Added.Select(d => d.Guid))}|{string.Join(",", e.Removed.Select(d => d.Guid))}");
        var meta = new JsObject();
        meta.Set("a", 1.0);
        var sub = new Doc(new DocOptions { Guid = "sub-guid", Meta = meta, AutoLoad = true });
        doc.GetMap("m").Set("s", sub);
        Assert.Equal("010101002901016d0173087375622d677569647602086175746f4c6f616478046d657461760101617d0100", ToHex(doc.EncodeStateAsUpdate()));
        Assert.Equal(["sub-guid|sub-guid|"], events);
        Assert.Contains(sub, doc.Subdocs);
        Assert.Equal(doc.ClientID, sub.ClientID);

        var remote = new Doc(new DocOptions { ClientId = 2 });
        var remoteEvents = 0;
        remote.SubdocsChanged += (_, _) => remoteEvents++;
        remote.ApplyUpdate(doc.EncodeStateAsUpdate());
        var remoteSub = Assert.IsType<Doc>(remote.GetMap("m").Get("s"));
        Assert.Equal("sub-guid", remoteSub.Guid);
        Assert.True(remoteSub.AutoLoad);
        Assert.True(remoteSub.ShouldLoad);
        Assert.Equal(meta, remoteSub.Meta);
        Assert.Equal(1, remoteEvents);
        Assert.Equal(doc.EncodeStateAsUpdate(), remote.EncodeStateAsUpdate());

        doc.GetMap("m").Delete("s");
        // The delete removes it; destroying the removed sub-document reports it once more (as yjs).
        Assert.Equal(["sub-guid|sub-guid|", "||sub-guid", "||sub-guid"], events);
        Assert.Empty(doc.Subdocs);
        Assert.True(sub.IsDestroyed);
        Assert.Equal("010101002101016d0173010101010001", ToHex(doc.EncodeStateAsUpdate()));
    }
}
