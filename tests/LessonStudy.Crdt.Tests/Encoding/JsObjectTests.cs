using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

public class JsObjectTests
{
    [Fact]
    public void Keys_MixedInsertion_FollowJavaScriptPropertyOrder()
    {
        // Node 20: Object.keys({ "4294967295": 1, b: 2, "4294967294": 3, "01": 4, "1": 5, "-0": 6, "0": 7 })
        var obj = new JsObject();
        foreach (var key in new[] { "4294967295", "b", "4294967294", "01", "1", "-0", "0" })
        {
            obj.Set(key, 1d);
        }

        Assert.Equal(["0", "1", "4294967294", "4294967295", "b", "01", "-0"], obj.Keys.ToArray());
    }

    [Fact]
    public void Set_ExistingKey_KeepsPositionAndReplacesValue()
    {
        var obj = new JsObject { ["a"] = 1d, ["b"] = 2d };
        obj["a"] = 3d;

        Assert.Equal(["a", "b"], obj.Keys.ToArray());
        Assert.Equal(3d, obj["a"]);
    }

    [Fact]
    public void Remove_ThenSetAgain_MovesKeyToEnd()
    {
        var obj = new JsObject { ["a"] = 1d, ["b"] = 2d, ["c"] = 3d };

        Assert.True(obj.Remove("a"));
        Assert.False(obj.Remove("a"));
        obj["a"] = 4d;

        Assert.Equal(["b", "c", "a"], obj.Keys.ToArray());
        Assert.Equal(3, obj.Count);
    }

    [Fact]
    public void ManyKeys_WithIndex_LookupsAndOrderStayCorrect()
    {
        var obj = new JsObject();
        for (var i = 40; i >= 0; i--)
        {
            obj.Set("k" + i, (double)i);
            obj.Set(i.ToString(System.Globalization.CultureInfo.InvariantCulture), (double)i);
        }

        obj.Remove("k20");
        obj.Remove("20");

        var keys = obj.Keys.ToArray();
        Assert.Equal(80, keys.Length);
        Assert.Equal("0", keys[0]);
        Assert.Equal("40", keys[39]);
        Assert.Equal("k40", keys[40]);
        Assert.Equal("k0", keys[79]);
        Assert.False(obj.ContainsKey("k20"));
        Assert.True(obj.TryGetValue("k19", out var v));
        Assert.Equal(19d, v);
        Assert.Equal(33d, obj["33"]);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("4294967294", true)]
    [InlineData("4294967295", false)]
    [InlineData("4294967296", false)]
    [InlineData("01", false)]
    [InlineData("-1", false)]
    [InlineData("1e3", false)]
    [InlineData("", false)]
    [InlineData(" 1", false)]
    [InlineData("99999999999", false)]
    public void IsArrayIndex_Key_MatchesJavaScript(string key, bool expected) =>
        Assert.Equal(expected, JsObject.IsArrayIndex(key));

    [Fact]
    public void Indexer_MissingKey_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => new JsObject()["x"]);

    [Fact]
    public void Equals_SameContentDifferentOrder_AreEqualWithSameHash()
    {
        var a = new JsObject { ["x"] = 1d, ["y"] = new object?[] { double.NaN } };
        var b = new JsObject { ["y"] = new object?[] { double.NaN }, ["x"] = 1d };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        b["x"] = 2d;
        Assert.NotEqual(a, b);
    }
}
