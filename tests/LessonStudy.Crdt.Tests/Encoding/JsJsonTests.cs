using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

// Expected text printed by Node 20 (JSON.stringify, String(x), JSON.parse); see /work/ref/enc/json.mjs.
public class JsJsonTests
{
    public static TheoryData<string, string> Strings => new()
    {
        { "", "\u0022\u0022" },
        { "abc", "\u0022abc\u0022" },
        { "\u0022\u005c/", "\u0022\u005c\u0022\u005c\u005c/\u0022" },
        { "\u0008\u000c\u000a\u000d\u0009", "\u0022\u005cb\u005cf\u005cn\u005cr\u005ct\u0022" },
        { "\u0000\u0001\u001f", "\u0022\u005cu0000\u005cu0001\u005cu001f\u0022" },
        { "\u007f\u0080\u2028\u2029", "\u0022\u007f\u0080\u2028\u2029\u0022" },
        { "\ud800", "\u0022\u005cud800\u0022" },
        { "\udc00", "\u0022\u005cudc00\u0022" },
        { "a\ud83d\ude00b", "\u0022a\ud83d\ude00b\u0022" },
        { "\ude00\ud83d", "\u0022\u005cude00\u005cud83d\u0022" },
        { "\ud83d", "\u0022\u005cud83d\u0022" },
        { "x\ud83d", "\u0022x\u005cud83d\u0022" },
        { "\u00fc\u20ac\ud83d\ude00", "\u0022\u00fc\u20ac\ud83d\ude00\u0022" },
    };

    public static TheoryData<long, string, string> Numbers => new()
    {
        { unchecked((long)0x0000000000000000), "0", "0" },
        { unchecked((long)0x8000000000000000), "0", "0" },
        { unchecked((long)0x3ff0000000000000), "1", "1" },
        { unchecked((long)0xbff0000000000000), "-1", "-1" },
        { unchecked((long)0x3fb999999999999a), "0.1", "0.1" },
        { unchecked((long)0x444b1ae4d6e2ef50), "1e+21", "1e+21" },
        { unchecked((long)0x4415af1d78b58c40), "100000000000000000000", "100000000000000000000" },
        { unchecked((long)0x441ac53a7e04bcda), "123456789012345680000", "123456789012345680000" },
        { unchecked((long)0x3e7ad7f29abcaf48), "1e-7", "1e-7" },
        { unchecked((long)0x3eb0c6f7a0b5ed8d), "0.000001", "0.000001" },
        { unchecked((long)0x3eb4b3fd5942cd96), "0.000001234", "0.000001234" },
        { unchecked((long)0x3e8421f5f40d8376), "1.5e-7", "1.5e-7" },
        { unchecked((long)0x7fefffffffffffff), "1.7976931348623157e+308", "1.7976931348623157e+308" },
        { unchecked((long)0x0000000000000001), "5e-324", "5e-324" },
        { unchecked((long)0xfe41eb2d66005835), "-1.5e+300", "-1.5e+300" },
        { unchecked((long)0x4340000000000000), "9007199254740992", "9007199254740992" },
        { unchecked((long)0x41e0000000000000), "2147483648", "2147483648" },
        { unchecked((long)0x3fd3333333333334), "0.30000000000000004", "0.30000000000000004" },
        { unchecked((long)0x4059000000000000), "100", "100" },
        { unchecked((long)0x40934a456d5cfaad), "1234.5678", "1234.5678" },
        { unchecked((long)0x3e60000000000000), "2.9802322387695312e-8", "2.9802322387695312e-8" },
        { unchecked((long)0x0410000000000000), "4.1045368012983762e-289", "4.1045368012983762e-289" },
        { unchecked((long)0x7ff8000000000000), "NaN", "null" },
        { unchecked((long)0x7ff0000000000000), "Infinity", "null" },
        { unchecked((long)0xfff0000000000000), "-Infinity", "null" },
    };

    public static TheoryData<string, string> ParseRoundTrips => new()
    {
        { " {\u0022b\u0022:1,\u0022a\u0022:[1,2,{\u0022c\u0022:null}],\u00221\u0022:true} ", "{\u00221\u0022:true,\u0022b\u0022:1,\u0022a\u0022:[1,2,{\u0022c\u0022:null}]}" },
        { "{\u0022a\u0022:1,\u0022a\u0022:2,\u0022b\u0022:3}", "{\u0022a\u0022:2,\u0022b\u0022:3}" },
        { "{\u0022__proto__\u0022:1,\u0022x\u0022:2}", "{\u0022__proto__\u0022:1,\u0022x\u0022:2}" },
        { "\u0022\u005cu00e9\u005cud83d\u005cude00\u005c/\u0022", "\u0022\u00e9\ud83d\ude00/\u0022" },
        { "[1e400,-1e400,-0,0.1e1,1E2,1e-400]", "[null,null,0,1,100,0]" },
        { "{\u00222\u0022:1,\u00221\u0022:2,\u0022x\u0022:3,\u00220\u0022:4}", "{\u00220\u0022:4,\u00221\u0022:2,\u00222\u0022:1,\u0022x\u0022:3}" },
        { "\u0022\u005cuD800\u0022", "\u0022\u005cud800\u0022" },
        { "[]", "[]" },
        { "{}", "{}" },
        { "[[],[{}]]", "[[],[{}]]" },
        { "  \u0009\u000a\u000d1 ", "1" },
    };

    // Lone surrogates do not survive xUnit's serialization of theory data, hence no discovery enumeration.
    [Theory]
    [MemberData(nameof(Strings), DisableDiscoveryEnumeration = true)]
    public void Stringify_String_MatchesNode(string value, string expected)
    {
        Assert.Equal(expected, JsJson.Stringify(value));
        var parsed = JsJson.Parse(expected);
        Assert.Equal(value, parsed);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void FormatNumber_Double_MatchesNode(long bits, string expectedString, string expectedJson)
    {
        var x = BitConverter.Int64BitsToDouble(bits);

        Assert.Equal(expectedString, JsJson.FormatNumber(x));
        Assert.Equal(expectedJson, JsJson.Stringify(x));
    }

    [Theory]
    [MemberData(nameof(ParseRoundTrips), DisableDiscoveryEnumeration = true)]
    public void Parse_ThenStringify_MatchesNode(string text, string expected) =>
        Assert.Equal(expected, JsJson.Stringify(JsJson.Parse(text)));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("01")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("1e")]
    [InlineData("+1")]
    [InlineData("[1,]")]
    [InlineData("{\u0022a\u0022:1,}")]
    [InlineData("{a:1}")]
    [InlineData("'a'")]
    [InlineData("\u0022\u0001\u0022")]
    [InlineData("\u0022\u005cx\u0022")]
    [InlineData("\u0022\u005cu12\u0022")]
    [InlineData("tru")]
    [InlineData("nul")]
    [InlineData("[1 2]")]
    [InlineData("{\u0022a\u0022 1}")]
    [InlineData("1 2")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("\u0022abc")]
    [InlineData("[")]
    [InlineData("{\u0022a\u0022:")]
    [InlineData("\u00a01")]
    [InlineData("-01")]
    [InlineData("0x1")]
    [InlineData("1e+")]
    [InlineData("[1]]")]
    [InlineData("\u0022\u005cu00G0\u0022")]
    public void Parse_InvalidJson_ThrowsCrdtFormatException(string text) =>
        Assert.Throws<CrdtFormatException>(() => JsJson.Parse(text));

    [Fact]
    public void Parse_NegativeZero_StaysNegativeZero()
    {
        var value = Assert.IsType<double>(JsJson.Parse("-0"));

        Assert.True(double.IsNegative(value));
        Assert.Equal(0d, value);
    }

    [Fact]
    public void Parse_ProtoKey_IsOwnProperty()
    {
        var obj = Assert.IsType<JsObject>(JsJson.Parse("{\"__proto__\":1}"));

        Assert.Equal(1d, obj["__proto__"]);
    }

    [Fact]
    public void Parse_DeepNesting_ThrowsCrdtFormatExceptionWithoutStackOverflow()
    {
        var text = new string('[', 1_000_000) + new string(']', 1_000_000);

        Assert.Throws<CrdtFormatException>(() => JsJson.Parse(text));
    }

    [Fact]
    public void Parse_NestingAtLimit_IsAccepted()
    {
        var limits = new DecodeLimits { MaxValueDepth = 3 };

        Assert.Equal("[[[1]]]", JsJson.Stringify(JsJson.Parse("[[[1]]]", limits)));
        Assert.Throws<CrdtFormatException>(() => JsJson.Parse("[[[[1]]]]", limits));
    }

    [Fact]
    public void Stringify_Undefined_OmittedInObjectsNullInArraysAbsentAtTop()
    {
        var value = new JsObject { ["a"] = JsUndefined.Value, ["b"] = new object?[] { JsUndefined.Value, 1d }, ["c"] = JsUndefined.Value };

        Assert.Equal("{\"b\":[null,1]}", JsJson.Stringify(value));
        Assert.Equal("{}", JsJson.Stringify(new JsObject { ["a"] = JsUndefined.Value }));
        Assert.Null(JsJson.Stringify(JsUndefined.Value));
    }

    [Fact]
    public void Stringify_Uint8Array_WritesIndexKeyedObject()
    {
        Assert.Equal("{\"0\":1,\"1\":2}", JsJson.Stringify(new byte[] { 1, 2 }));
        Assert.Equal("[{}]", JsJson.Stringify(new object?[] { Array.Empty<byte>() }));
    }

    [Fact]
    public void Stringify_BigInt_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => JsJson.Stringify(new object?[] { new System.Numerics.BigInteger(1) }));

    [Fact]
    public void Stringify_Nested_WritesWithoutSpacesInKeyOrder()
    {
        var value = new JsObject { ["b"] = true, ["1"] = null, ["a"] = new JsObject { ["x"] = "y" }, ["e"] = System.Array.Empty<object?>() };

        Assert.Equal("{\"1\":null,\"b\":true,\"a\":{\"x\":\"y\"},\"e\":[]}", JsJson.Stringify(value));
    }

    [Fact]
    public void Stringify_ClrValues_AreNormalized() =>
        Assert.Equal("{\"a\":[1,2.5]}", JsJson.Stringify(new Dictionary<string, object> { ["a"] = new List<object> { 1, 2.5f } }));
}
