using System.Numerics;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types;

public class YMapTests
{
    private static YMap NewMap() => new Doc(new DocOptions { ClientId = 1 }).GetMap("m");

    [Fact]
    public void SetGetHasDelete_BehaveLikeYjs()
    {
        var m = NewMap();
        Assert.Equal(7.0, m.Set("a", 7));
        m.Set("u", JsUndefined.Value);
        m.Set("n", null);
        m.Set("big", new BigInteger(-3));

        Assert.Equal(7.0, m.Get("a"));
        Assert.Same(JsUndefined.Value, m.Get("u"));
        Assert.True(m.Has("u"));
        Assert.Null(m.Get("n"));
        Assert.Equal(new BigInteger(-3), m.Get("big"));
        Assert.Same(JsUndefined.Value, m.Get("missing"));
        Assert.False(m.Has("missing"));
        Assert.Equal(4, m.Size);

        m.Delete("a");
        m.Delete("missing");
        Assert.False(m.Has("a"));
        Assert.Equal(3, m.Size);
    }

    [Fact]
    public void TryGetValue_DistinguishesStoredUndefinedFromMissing()
    {
        var m = NewMap();
        m.Set("u", JsUndefined.Value);

        Assert.True(m.TryGetValue("u", out var u));
        Assert.Same(JsUndefined.Value, u);
        Assert.False(m.TryGetValue("x", out _));
    }

    [Fact]
    public void Enumeration_FollowsFirstInsertionOrder()
    {
        var m = NewMap();
        m.Set("b", 1);
        m.Set("a", 2);
        m.Set("10", 3);
        m.Set("b", 4);
        m.Delete("a");
        m.Set("a", 5);

        Assert.Equal(["b", "a", "10"], m.Keys());
        Assert.Equal(new object?[] { 4.0, 5.0, 3.0 }, m.Values());
        Assert.Equal("b", m.Entries().First().Key);
        var seen = new List<string>();
        m.ForEach((v, k, map) => seen.Add($"{k}={v}"));
        Assert.Equal(["b=4", "a=5", "10=3"], seen);
        // toJSON is a JavaScript object: integer-like keys first
        Assert.Equal("""{"10":3,"b":4,"a":5}""", JsJson.Stringify(m.ToJson()));
    }

    [Fact]
    public void Clear_DeletesAllKeysInOneTransaction()
    {
        var m = NewMap();
        m.Set("a", 1);
        m.Set("b", 2);
        var updates = 0;
        m.Document!.Update += (_, _, _) => updates++;

        m.Clear();

        Assert.Equal(0, m.Size);
        Assert.Equal(1, updates);
    }

    [Fact]
    public void Prelim_EntriesAndEditsBeforeIntegration_AreWrittenOnIntegration()
    {
        var prelim = new YMap([new("a", 1), new("b", 2)]);
        prelim.Set("c", 3);
        prelim.Delete("a");
        prelim.Clear();
        prelim.Set("d", new YArray());

        var root = NewMap();
        root.Set("p", prelim);

        Assert.Same(prelim, root.Get("p"));
        Assert.Equal(["d"], prelim.Keys());
        ((YArray)prelim.Get("d")!).Push(1);
        Assert.Equal("""{"p":{"d":[1]}}""", JsJson.Stringify(root.ToJson()));
    }

    [Fact]
    public void Clone_CopiesNestedTypes()
    {
        var root = NewMap();
        var m = new YMap();
        var inner = new YArray();
        inner.Push("x");
        m.Set("arr", inner);
        m.Set("v", 1);
        root.Set("m", m);

        var clone = (YMap)m.Clone();
        root.Set("c", clone);

        Assert.Equal("""{"m":{"arr":["x"],"v":1},"c":{"arr":["x"],"v":1}}""", JsJson.Stringify(root.ToJson()));
        Assert.NotSame(inner, clone.Get("arr"));
    }

    [Fact]
    public void Observe_TransactionOfSetsAndDeletes_KeysAsYjs()
    {
        // yjs: m.set('a', 1); m.set('b', 2)
        // transact(() => { m.set('a', 10); m.delete('b'); m.set('c', 3); m.set('d', 1); m.delete('d') })
        // keysChanged ["a","b","c","d"]; keys a: update (old 1), b: delete (old 2), c: add
        var m = NewMap();
        m.Set("a", 1);
        m.Set("b", 2);
        YMapEvent? ev = null;
        IReadOnlyDictionary<string, YEventKeyChange>? keys = null;
        m.Observe((e, _) =>
        {
            ev = e;
            keys = e.Keys;
        });

        m.Document!.Transact(_ =>
        {
            m.Set("a", 10);
            m.Delete("b");
            m.Set("c", 3);
            m.Set("d", 1);
            m.Delete("d");
        });

        Assert.NotNull(ev);
        Assert.Equal(new HashSet<string?> { "a", "b", "c", "d" }, ev.KeysChanged);
        Assert.NotNull(keys);
        Assert.Equal(3, keys.Count);
        Assert.Equal(new YEventKeyChange(YEventAction.Update, 1.0), keys["a"]);
        Assert.Equal(new YEventKeyChange(YEventAction.Delete, 2.0), keys["b"]);
        Assert.Equal(YEventAction.Add, keys["c"].Action);
        Assert.Same(JsUndefined.Value, keys["c"].OldValue);
    }

    [Fact]
    public void Unobserve_StopsEvents()
    {
        var m = NewMap();
        var calls = 0;
        void Handler(YMapEvent e, Transaction t) => calls++;
        m.Observe(Handler);
        m.Set("a", 1);
        m.Unobserve(Handler);
        m.Set("a", 2);

        Assert.Equal(1, calls);
    }

    [Fact]
    public void Set_ValueWithoutJavaScriptCounterpart_Throws()
    {
        var m = NewMap();

        Assert.Throws<ArgumentException>(() => m.Set("d", DateTime.UnixEpoch));
        Assert.False(m.Has("d"));
    }
}
