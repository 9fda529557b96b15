using System.Numerics;
using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

public class JsValueTests
{
    [Fact]
    public void Normalize_ClrNumbers_BecomeDoubles()
    {
        Assert.Equal(5d, JsValue.Normalize(5));
        Assert.Equal(5d, JsValue.Normalize(5L));
        Assert.Equal(5d, JsValue.Normalize((short)5));
        Assert.Equal(5d, JsValue.Normalize((byte)5));
        Assert.Equal(5d, JsValue.Normalize(5u));
        Assert.Equal(18446744073709551615d, JsValue.Normalize(ulong.MaxValue));
        Assert.Equal(0.5d, JsValue.Normalize(0.5f));
        Assert.Equal(1.25d, JsValue.Normalize(1.25m));
        Assert.Equal(new BigInteger(7), JsValue.Normalize(new BigInteger(7)));
    }

    [Fact]
    public void Normalize_Leaves_StayAsTheyAre()
    {
        var bytes = new byte[] { 1, 2 };
        Assert.Null(JsValue.Normalize(null));
        Assert.Same(JsUndefined.Value, JsValue.Normalize(JsUndefined.Value));
        Assert.Equal("s", JsValue.Normalize("s"));
        Assert.Equal(true, JsValue.Normalize(true));
        Assert.Same(bytes, JsValue.Normalize(bytes));
        Assert.Equal(bytes, JsValue.Normalize(new ReadOnlyMemory<byte>(bytes)));
    }

    [Fact]
    public void Normalize_Collections_BecomeModelContainersDeeply()
    {
        var input = new Dictionary<string, object?>
        {
            ["b"] = new List<int> { 1, 2 },
            ["1"] = new Dictionary<string, long> { ["x"] = 3 },
            ["a"] = new[] { "p", "q" },
        };

        var result = Assert.IsType<JsObject>(JsValue.Normalize(input));

        Assert.Equal(["1", "b", "a"], result.Keys.ToArray());
        Assert.Equal(new object?[] { 1d, 2d }, Assert.IsType<object?[]>(result["b"]));
        Assert.Equal(new JsObject { ["x"] = 3d }, result["1"]);
        Assert.Equal(new object?[] { "p", "q" }, Assert.IsType<object?[]>(result["a"]));
    }

    [Fact]
    public void Normalize_ModelContainers_AreCopied()
    {
        var inner = new object?[] { 1 };
        var obj = new JsObject { ["a"] = inner };

        var result = Assert.IsType<JsObject>(JsValue.Normalize(obj));

        Assert.NotSame(obj, result);
        Assert.Equal(new object?[] { 1d }, result["a"]);
        Assert.Equal(1, inner[0]);
    }

    [Fact]
    public void Normalize_UnsupportedType_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => JsValue.Normalize(new object()));
        Assert.Throws<ArgumentException>(() => JsValue.Normalize(new object?[] { DateTime.UnixEpoch }));
        Assert.Throws<ArgumentException>(() => JsValue.Normalize(new Dictionary<int, int> { [1] = 1 }));
    }

    [Fact]
    public void Normalize_CircularList_ThrowsArgumentException()
    {
        var list = new List<object?>();
        list.Add(list);

        Assert.Throws<ArgumentException>(() => JsValue.Normalize(list));
    }

    [Fact]
    public void DeepEquals_Numbers_NaNEqualsNaNAndNegativeZeroEqualsZero()
    {
        Assert.True(JsValue.DeepEquals(double.NaN, double.NaN));
        Assert.True(JsValue.DeepEquals(-0d, 0d));
        Assert.False(JsValue.DeepEquals(1d, new BigInteger(1)));
        Assert.False(JsValue.DeepEquals(null, JsUndefined.Value));
    }

    [Fact]
    public void DeepEquals_Nested_ComparesContent()
    {
        object a = new object?[] { new JsObject { ["k"] = new byte[] { 1 } }, "s", null };
        object b = new object?[] { new JsObject { ["k"] = new byte[] { 1 } }, "s", null };
        object c = new object?[] { new JsObject { ["k"] = new byte[] { 2 } }, "s", null };

        Assert.True(JsValue.DeepEquals(a, b));
        Assert.False(JsValue.DeepEquals(a, c));
        Assert.False(JsValue.DeepEquals(new JsObject { ["a"] = JsUndefined.Value }, new JsObject { ["b"] = JsUndefined.Value }));
    }
}
