using System.Numerics;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types;

public class YArrayTests
{
    private static YArray NewArray(params object?[] content)
    {
        var a = new Doc(new DocOptions { ClientId = 1 }).GetArray("a");
        a.Insert(0, content);
        return a;
    }

    [Fact]
    public void Insert_ClrValues_StoredAsJavaScriptValues()
    {
        var a = NewArray(1, 2L, 1.5f, "s", true, null, new List<int> { 1, 2 }, new Dictionary<string, object?> { ["k"] = 3 });

        Assert.Equal(8, a.Length);
        Assert.Equal(1.0, a.Get(0));
        Assert.Equal(2.0, a.Get(1));
        Assert.Equal(1.5, a.Get(2));
        Assert.Equal(new object?[] { 1.0, 2.0 }, a.Get(6));
        Assert.Equal(new JsObject { ["k"] = 3.0 }, a.Get(7));
    }

    [Fact]
    public void Get_OutOfRange_ReturnsUndefined()
    {
        var a = NewArray(1, 2);

        Assert.Same(JsUndefined.Value, a.Get(2));
        Assert.Same(JsUndefined.Value, a.Get(-1));
    }

    [Fact]
    public void Insert_PastEnd_ThrowsAndLeavesArray()
    {
        var a = NewArray(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => a.Insert(2, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Insert(-1, "x"));
        Assert.Equal(new object?[] { 1.0 }, a.ToArray());
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 1)]
    public void Delete_PastEnd_Throws(int index, int length)
    {
        var a = NewArray(1, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => a.Delete(index, length));
    }

    [Fact]
    public void Insert_UndefinedOrBigInt_ThrowsLikeYjsBeforeChanging()
    {
        var a = NewArray(1);

        Assert.Throws<ArgumentException>(() => a.Insert(0, "ok", JsUndefined.Value));
        Assert.Throws<ArgumentException>(() => a.Push(new BigInteger(5)));
        Assert.Equal(new object?[] { 1.0 }, a.ToArray());
    }

    [Fact]
    public void Insert_ArrayCastToObject_IsOneElement()
    {
        var a = NewArray();
        a.Insert(0, (object)new object?[] { 1, 2 });
        a.Insert(1, new object?[] { 3, 4 });

        Assert.Equal(3, a.Length);
        Assert.Equal(new object?[] { 1.0, 2.0 }, a.Get(0));
        Assert.Equal(3.0, a.Get(1));
    }

    [Fact]
    public void InsertInMiddleOfItem_SplitsAndKeepsOrder()
    {
        var a = NewArray(0, 1, 2, 3);
        a.Insert(2, "a", "b");
        a.Delete(1, 4);
        a.Unshift("first");
        a.Push("last");

        Assert.Equal(new object?[] { "first", 0.0, 3.0, "last" }, a.ToArray());
        Assert.Equal(new object?[] { "first", 0.0, 3.0, "last" }, a.ToArray());
        Assert.Equal(a.ToArray(), a.ToList());
    }

    [Fact]
    public void Slice_NegativeAndDefaultBounds_CountFromEnd()
    {
        var a = NewArray(0, 1, 2, 3, 4);

        Assert.Equal(new object?[] { 1.0, 2.0 }, a.Slice(1, 3));
        Assert.Equal(new object?[] { 3.0, 4.0 }, a.Slice(-2));
        Assert.Equal(new object?[] { 0.0, 1.0, 2.0, 3.0 }, a.Slice(0, -1));
        Assert.Empty(a.Slice(3, 2));
    }

    [Fact]
    public void MapAndForEach_VisitElementsWithIndexes()
    {
        var a = NewArray("a", "b");
        var seen = new List<string>();
        a.ForEach((v, i, arr) =>
        {
            Assert.Same(a, arr);
            seen.Add($"{i}:{v}");
        });

        Assert.Equal(["0:a", "1:b"], seen);
        Assert.Equal(["a!", "b!"], a.Map((v, _, _) => $"{v}!"));
    }

    [Fact]
    public void Prelim_EditsBeforeIntegration_AreInsertedOnIntegration()
    {
        var prelim = new YArray();
        prelim.Push(1, 2, 3);
        prelim.Insert(1, "x");
        prelim.Delete(3);
        prelim.Unshift("u");
        Assert.Equal(0, prelim.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => prelim.Insert(9, "y"));

        var root = NewArray();
        root.Push(prelim);

        Assert.Same(prelim, root.Get(0));
        Assert.Equal(new object?[] { "u", 1.0, "x", 2.0 }, prelim.ToArray());
        Assert.Equal(4, prelim.Length);
    }

    [Fact]
    public void From_CreatesPrelimArray()
    {
        var root = NewArray();
        var a = YArray.From([1, "b"]);
        root.Insert(0, a);

        Assert.Equal(new object?[] { 1.0, "b" }, a.ToArray());
    }

    [Fact]
    public void Clone_CopiesDeeply()
    {
        var root = NewArray();
        var inner = new YMap();
        inner.Set("k", "v");
        var a = new YArray();
        a.Push(1, inner);
        root.Push(a);

        var clone = (YArray)a.Clone();
        root.Push(clone);

        Assert.Equal("""[[1,{"k":"v"}],[1,{"k":"v"}]]""", JsJson.Stringify(root.ToJson()));
        Assert.NotSame(inner, clone.Get(1));
    }

    [Fact]
    public void Binary_CopiedOnInsertLikeYjs()
    {
        var bytes = new byte[] { 1, 2 };
        var a = NewArray(bytes);
        bytes[0] = 9;

        Assert.Equal(new byte[] { 1, 2 }, a.Get(0));
    }

    [Fact]
    public void Observe_TransactionWithDeleteAndInsert_DeltaAsYjs()
    {
        // yjs: arr.insert(0,[1,2,3,4,5]); transact(() => { arr.delete(1, 2); arr.insert(2, ['x','y']) })
        // delta [{"retain":1},{"delete":2},{"retain":1},{"insert":["x","y"]}]
        var a = NewArray(1, 2, 3, 4, 5);
        IReadOnlyList<DeltaOp>? delta = null;
        var calls = 0;
        using (a.Observe((e, _) =>
        {
            calls++;
            Assert.Same(a, e.Target);
            Assert.Empty(e.Path);
            delta = e.Delta;
        }))
        {
            a.Document!.Transact(_ =>
            {
                a.Delete(1, 2);
                a.Insert(2, "x", "y");
            });
        }

        a.Push(6);
        Assert.Equal(1, calls);
        Assert.NotNull(delta);
        Assert.Equal(4, delta.Count);
        Assert.Equal(1, delta[0].Retain);
        Assert.Equal(2, delta[1].Delete);
        Assert.Equal(1, delta[2].Retain);
        Assert.Equal(new object?[] { "x", "y" }, (object?[])delta[3].Insert!);
    }

    [Fact]
    public void ObserveDeep_NestedChange_ReportsPath()
    {
        var a = NewArray("a");
        var inner = new YMap();
        a.Push(inner);
        IReadOnlyList<object>? path = null;
        a.ObserveDeep((events, _) => path = events[0].Path);

        inner.Set("k", 1);

        Assert.Equal(new object[] { 1 }, path);
    }
}
