using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

// Expected bytes from YJS-FORMATS.md §1.1, re-checked with lib0 0.2.120 under Node 20 (/work/ref/enc/prims.mjs, ints.mjs).
public class Lib0PrimitiveTests
{
    [Theory]
    [InlineData(0UL, "00")]
    [InlineData(127UL, "7f")]
    [InlineData(128UL, "8001")]
    [InlineData(16383UL, "ff7f")]
    [InlineData(16384UL, "808001")]
    [InlineData(4294967296UL, "8080808010")]
    [InlineData(9007199254740991UL, "ffffffffffffff0f")]
    public void VarUint_Value_MatchesLib0(ulong value, string expected)
    {
        var w = new Lib0Writer();
        w.WriteVarUint(value);

        Assert.Equal(expected, Hex.Of(w.WrittenSpan));
        var r = new Lib0Reader(w.ToArray());
        Assert.Equal(value, r.ReadVarUint());
        Assert.False(r.HasContent);
    }

    [Theory]
    [InlineData(0d, "00")]
    [InlineData(-0d, "40")]
    [InlineData(1d, "01")]
    [InlineData(-1d, "41")]
    [InlineData(63d, "3f")]
    [InlineData(-63d, "7f")]
    [InlineData(64d, "8001")]
    [InlineData(-64d, "c001")]
    [InlineData(8191d, "bf7f")]
    [InlineData(8192d, "808001")]
    [InlineData(9007199254740991d, "bfffffffffffff1f")]
    [InlineData(-9007199254740991d, "ffffffffffffff1f")]
    public void VarInt_Value_MatchesLib0IncludingNegativeZero(double value, string expected)
    {
        var w = new Lib0Writer();
        w.WriteVarInt(value);

        Assert.Equal(expected, Hex.Of(w.WrittenSpan));
        var read = new Lib0Reader(w.ToArray()).ReadVarInt();
        Assert.Equal(value, read);
        Assert.Equal(double.IsNegative(value), double.IsNegative(read));
    }

    [Fact]
    public void FixedWidthAndStrings_MatchLib0()
    {
        var w = new Lib0Writer();
        w.WriteFloat32(1.5f);
        w.WriteFloat64(-2.5);
        w.WriteBigInt64(-2);
        w.WriteVarString("hé😀");
        w.WriteVarUint8Array([1, 2]);

        Assert.Equal("3fc00000" + "c004000000000000" + "fffffffffffffffe" + "0768c3a9f09f9880" + "020102", Hex.Of(w.WrittenSpan));
        var r = new Lib0Reader(w.ToArray());
        Assert.Equal(1.5f, r.ReadFloat32());
        Assert.Equal(-2.5, r.ReadFloat64());
        Assert.Equal(-2L, r.ReadBigInt64());
        Assert.Equal("hé😀", r.ReadVarString());
        Assert.Equal(new byte[] { 1, 2 }, r.ReadVarUint8Array().ToArray());
    }

    [Theory]
    [InlineData("ffffffffffffff0f", 9007199254740991UL)]
    [InlineData("ffffffffffffff1f", 18014398509481984UL)]
    [InlineData("ffffffffffffff7f", 72057594037927936UL)]
    [InlineData("8080808080808010", 9007199254740992UL)]
    [InlineData("808080808080808001", 72057594037927936UL)]
    [InlineData("ffffffffffffff8f01", 81064793292668928UL)]
    [InlineData("ffffffffffffff8f7f", 9160321642071588864UL)]
    public void ReadVarUint_PastTwoTo53_RoundsLikeJavaScript(string hex, ulong expected)
    {
        // The final byte may carry the value past 2^53; lib0 accepts it, rounded to a double.
        var r = new Lib0Reader(Hex.Bytes(hex));

        Assert.Equal(expected, r.ReadVarUint());
        Assert.False(r.HasContent);
    }

    [Theory]
    [InlineData("ffffffffffffffff01")]
    [InlineData("ffffffffffffffff7f")]
    public void ReadVarUint_MoreBytesAfterExceedingTwoTo53_Throws(string hex)
    {
        // lib0: "Integer out of Range" once a continued value exceeds MAX_SAFE_INTEGER.
        Assert.Throws<CrdtFormatException>(() => new Lib0Reader(Hex.Bytes(hex)).ReadVarUint());
        Assert.Throws<CrdtFormatException>(() => new Lib0Reader(Hex.Bytes(hex)).ReadVarInt());
    }

    [Fact]
    public void ReadVarUint_LongRunOfZeroGroups_ThrowsInsteadOfInfinity()
    {
        // 150 continuation bytes of zero, then 1: lib0 returns 128^150 (Infinity); no ID or length can be that.
        var bytes = Enumerable.Repeat((byte)0x80, 150).Append((byte)0x01).ToArray();

        var ex = Assert.Throws<CrdtFormatException>(() => new Lib0Reader(bytes).ReadVarUint());
        Assert.Contains("2^64", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ffffffffffffff8f7f", -4580160821035794432d)]
    [InlineData("ffffffffffffff1f", -9007199254740991d)]
    [InlineData("8080808080808010", 4503599627370496d)]
    [InlineData("808080808080808001", 36028797018963968d)]
    public void ReadVarInt_LargeValues_MatchLib0(string hex, double expected) =>
        Assert.Equal(expected, new Lib0Reader(Hex.Bytes(hex)).ReadVarInt());

    [Theory]
    [InlineData("")]
    [InlineData("80")]
    [InlineData("ff ff")]
    public void ReadVarUint_Truncated_Throws(string hex) =>
        Assert.Throws<CrdtFormatException>(() => new Lib0Reader(Hex.Bytes(hex)).ReadVarUint());

    [Fact]
    public void ReadVarString_InvalidUtf8_Throws()
    {
        // lib0 decodes with a fatal TextDecoder.
        Assert.Throws<CrdtFormatException>(() => new Lib0Reader(Hex.Bytes("02 c3 28")).ReadVarString());
        Assert.Throws<CrdtFormatException>(() => new Lib0Reader(Hex.Bytes("03 ed a0 80")).ReadVarString());
    }

    [Fact]
    public void WriteVarString_LoneSurrogate_WritesReplacementCharacter()
    {
        var w = new Lib0Writer();
        w.WriteVarString("a\udc00");

        Assert.Equal("0461efbfbd", Hex.Of(w.WrittenSpan));
    }
}
