using System.Numerics;
using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

public class AnyEncodingTests
{
    // Expected bytes printed by lib0 0.2.120 encoding.writeAny under Node 20.
    public static TheoryData<double, string> Numbers => new()
    {
        { 0d, "7d00" },
        { -0d, "7d40" },
        { 1d, "7d01" },
        { -1d, "7d41" },
        { 63d, "7d3f" },
        { 64d, "7d8001" },
        { -64d, "7dc001" },
        { 2147483647d, "7dbfffffff0f" },
        { -2147483647d, "7dffffffff0f" },
        { 2147483648d, "7c4f000000" },
        { -2147483648d, "7ccf000000" },
        { 0.5d, "7c3f000000" },
        { 0.1d, "7b3fb999999999999a" },
        { 1e10d, "7c501502f9" },
        { double.NaN, "7b7ff8000000000000" },
        { double.PositiveInfinity, "7c7f800000" },
        { double.NegativeInfinity, "7cff800000" },
        { 1e300d, "7b7e37e43c8800759c" },
        { 5e-324d, "7b0000000000000001" },
        { 9007199254740992d, "7c5a000000" },
        { 3.4028234663852886e38d, "7c7f7fffff" },
        { 1.401298464324817e-45d, "7c00000001" },
        { -1.5d, "7cbfc00000" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void WriteAny_Number_MatchesLib0(double value, string expected)
    {
        Assert.Equal(expected, Write(value));
        var read = Assert.IsType<double>(Read(expected));
        Assert.Equal(BitConverter.DoubleToInt64Bits(double.IsNaN(value) ? AnyEncoding.JsNaN : value), BitConverter.DoubleToInt64Bits(read));
    }

    [Theory]
    [InlineData("10", "7a000000000000000a", "10")]
    [InlineData("-1", "7affffffffffffffff", "-1")]
    [InlineData("18446744073709551621", "7a0000000000000005", "5")]
    [InlineData("-9223372036854775809", "7a7fffffffffffffff", "9223372036854775807")]
    public void WriteAny_BigInt_WrapsToSigned64LikeSetBigInt64(string value, string expected, string readBack)
    {
        Assert.Equal(expected, Write(BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(BigInteger.Parse(readBack, System.Globalization.CultureInfo.InvariantCulture), Read(expected));
    }

    [Theory]
    [InlineData("", "7700")]
    [InlineData("abc", "7703616263")]
    [InlineData("ü€😀", "7709c3bce282acf09f9880")]
    public void WriteAny_String_MatchesLib0(string value, string expected)
    {
        Assert.Equal(expected, Write(value));
        Assert.Equal(value, Read(expected));
    }

    [Fact]
    public void WriteAny_LoneSurrogate_WritesReplacementCharacter()
    {
        Assert.Equal("7703efbfbd", Write("\ud800"));
        Assert.Equal("\ufffd", Read("7703efbfbd"));
    }

    [Fact]
    public void WriteAny_Object_UsesObjectKeysOrderAndRoundTrips()
    {
        // JavaScript: {b: 1, 2: 'x', a: [true, false, null, undefined], 1: {}}
        var value = new JsObject
        {
            ["b"] = 1d,
            ["2"] = "x",
            ["a"] = new object?[] { true, false, null, JsUndefined.Value },
            ["1"] = new JsObject(),
        };
        const string expected = "760401317600013277017801627d010161750478797e7f";

        Assert.Equal(expected, Write(value));
        var read = Assert.IsType<JsObject>(Read(expected));
        Assert.Equal(["1", "2", "b", "a"], read.Keys.ToArray());
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData("7403010203")]
    [InlineData("7500")]
    [InlineData("7600")]
    [InlineData("7f")]
    [InlineData("7e")]
    [InlineData("78")]
    [InlineData("79")]
    public void ReadAny_ThenWriteAny_ReproducesBytes(string hex) => Assert.Equal(hex, Write(Read(hex)));

    [Theory]
    [InlineData("7b7ff0000000000001", "7b7ff0000000000001")]
    [InlineData("7b7ff8000000000001", "7b7ff8000000000001")]
    [InlineData("7c7fc00001", "7b7ff8000020000000")]
    [InlineData("7c7f800001", "7b7ff8000020000000")]
    public void ReadAnyThenWriteAny_NaNPayloads_AreKeptLikeV8(string input, string expected)
    {
        // Node 20: a NaN read with getFloat64/getFloat32 keeps its payload when written back.
        Assert.Equal(expected, Write(new Lib0Reader(Hex.Bytes(input)).ReadAny()));
    }

    [Fact]
    public void WriteAny_ClrValues_AreNormalized()
    {
        Assert.Equal("7d05", Write(5));
        Assert.Equal("7500", Write(new List<int>()));
        Assert.Equal("7601016175017d01", Write(new Dictionary<string, object?> { ["a"] = new[] { 1 } }));
    }

    [Fact]
    public void WriteAny_CircularValue_ThrowsArgumentException()
    {
        var array = new object?[1];
        array[0] = array;

        Assert.Throws<ArgumentException>(() => Write(array));
    }

    [Fact]
    public void ReadAny_ProtoKeyAndDuplicates_BehaveLikeLib0()
    {
        // lib0 readAny of {a:1, __proto__:{x:1}, __proto__:5, a:2} (written key by key) gives {"a":2} in Node.
        var w = new Lib0Writer();
        w.WriteUint8(118);
        w.WriteVarUint(4);
        w.WriteVarString("a");
        w.WriteAny(1d);
        w.WriteVarString("__proto__");
        w.WriteAny(new JsObject { ["x"] = 1d });
        w.WriteVarString("__proto__");
        w.WriteAny(5d);
        w.WriteVarString("a");
        w.WriteAny(2d);

        var read = Assert.IsType<JsObject>(new Lib0Reader(w.ToArray()).ReadAny());

        Assert.Equal(new JsObject { ["a"] = 2d }, read);
        Assert.Single(read.Keys);
    }

    [Fact]
    public void ReadAny_DuplicateKey_KeepsFirstPositionAndLastValue()
    {
        var w = new Lib0Writer();
        w.WriteUint8(118);
        w.WriteVarUint(3);
        foreach (var (k, v) in new[] { ("a", 1d), ("b", 2d), ("a", 3d) })
        {
            w.WriteVarString(k);
            w.WriteAny(v);
        }

        var read = Assert.IsType<JsObject>(new Lib0Reader(w.ToArray()).ReadAny());

        Assert.Equal(["a", "b"], read.Keys.ToArray());
        Assert.Equal(3d, read["a"]);
    }

    [Fact]
    public void ReadAny_NestingAtLimit_IsAccepted()
    {
        var limits = new DecodeLimits { MaxValueDepth = 5 };
        var bytes = Hex.Bytes(string.Concat(Enumerable.Repeat("7501", 5)) + "7e");

        var value = new Lib0Reader(bytes, limits).ReadAny();

        for (var i = 0; i < 5; i++)
        {
            value = Assert.Single(Assert.IsType<object?[]>(value));
        }

        Assert.Null(value);
    }

    [Fact]
    public void ReadAny_NestingBeyondLimit_Throws()
    {
        var limits = new DecodeLimits { MaxValueDepth = 5 };
        var bytes = Hex.Bytes(string.Concat(Enumerable.Repeat("7501", 6)) + "7e");

        Assert.Throws<CrdtFormatException>(() => new Lib0Reader(bytes, limits).ReadAny());
    }

    [Fact]
    public void ReadAny_DeepDefaultLimitInput_ThrowsWithoutStackOverflow()
    {
        var bytes = Hex.Bytes(string.Concat(Enumerable.Repeat("7601" + "0161", 100_000)) + "7e");

        Assert.Throws<CrdtFormatException>(() => new Lib0Reader(bytes).ReadAny());
    }

    [Theory]
    [InlineData("")]
    [InlineData("73")]
    [InlineData("80")]
    [InlineData("75")]
    [InlineData("7502 7e")]
    [InlineData("75ffffffff0f 7e")]
    [InlineData("7603 01617e")]
    [InlineData("7d80")]
    [InlineData("7c000000")]
    [InlineData("7b00000000000000")]
    [InlineData("7a00")]
    [InlineData("7705 6162")]
    [InlineData("7702 c328")]
    [InlineData("7405 0102")]
    public void ReadAny_MalformedInput_ThrowsCrdtFormatException(string hex) =>
        Assert.Throws<CrdtFormatException>(() => new Lib0Reader(Hex.Bytes(hex)).ReadAny());

    private static string Write(object? value)
    {
        var w = new Lib0Writer();
        w.WriteAny(value);
        return Hex.Of(w.WrittenSpan);
    }

    private static object? Read(string hex)
    {
        var r = new Lib0Reader(Hex.Bytes(hex));
        var value = r.ReadAny();
        Assert.False(r.HasContent);
        return value;
    }
}
