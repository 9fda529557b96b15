using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

// Expected bytes printed by lib0 0.2.120 under Node 20 (/work/ref/enc/rle.mjs).
public class RleCodecTests
{
    [Theory]
    [InlineData(new ulong[] { 1, 2, 3, 3, 3 }, "01024301")]
    [InlineData(new ulong[] { 0, 0 }, "4000")]
    [InlineData(new ulong[] { 0 }, "00")]
    [InlineData(new ulong[] { 5, 5, 5, 5, 0, 0, 0, 7, 1099511627776, 1099511627776 }, "4502400107c0808080804000")]
    [InlineData(new ulong[0], "")]
    public void UintOptRle_Values_MatchLib0AndRoundTrip(ulong[] values, string expected)
    {
        var encoder = new UintOptRleEncoder();
        foreach (var v in values)
        {
            encoder.Write(v);
        }

        var bytes = encoder.ToArray();
        Assert.Equal(expected, Hex.Of(bytes));
        var decoder = new UintOptRleDecoder(new Lib0Reader(bytes), "test");
        foreach (var v in values)
        {
            Assert.Equal(v, decoder.Read());
        }
    }

    [Theory]
    [InlineData(new long[] { 1, 2, 3, 2 }, "030142")]
    [InlineData(new long[] { 0, 0, 0 }, "0101")]
    [InlineData(new long[] { 5, 3, 1, 100, 1099511627776 }, "0a43008603b8fcffffff7f")]
    public void IntDiffOptRle_Values_MatchLib0AndRoundTrip(long[] values, string expected)
    {
        var encoder = new IntDiffOptRleEncoder();
        foreach (var v in values)
        {
            encoder.Write(v);
        }

        var bytes = encoder.ToArray();
        Assert.Equal(expected, Hex.Of(bytes));
        var decoder = new IntDiffOptRleDecoder(new Lib0Reader(bytes), "test");
        foreach (var v in values)
        {
            Assert.Equal(v, decoder.Read());
        }
    }

    [Theory]
    [InlineData(new byte[] { 4, 4, 4, 5 }, "040205")]
    [InlineData(new byte[] { 4, 5, 5, 5, 6 }, "0400050206")]
    public void Rle_Values_MatchLib0AndRepeatLastValueForever(byte[] values, string expected)
    {
        var encoder = new RleEncoder();
        foreach (var v in values)
        {
            encoder.Write(v);
        }

        Assert.Equal(expected, Hex.Of(encoder.WrittenSpan));
        var decoder = new RleDecoder(new Lib0Reader(encoder.WrittenSpan.ToArray()), "test");
        foreach (var v in values)
        {
            Assert.Equal(v, decoder.Read());
        }

        Assert.Equal(values[^1], decoder.Read());
        Assert.Equal(values[^1], decoder.Read());
    }

    [Fact]
    public void StringEncoder_Strings_MatchLib0()
    {
        Assert.Equal("036162630102", Hex.Of(EncodeStrings("a", "bc")));
        Assert.Equal(
            "22616161616161616161616161616161616161616161616161616162626262626262621a084000",
            Hex.Of(EncodeStrings(new string('a', 26), "bbbbbbbb", "", "")));
    }

    [Fact]
    public void StringEncoder_LoneSurrogatesAcrossStrings_JoinLikeJavaScript()
    {
        // lib0: ['\ud83d', '\ude00', 'x', '\ud83d'] → one valid pair, then 'x', then U+FFFD.
        var bytes = EncodeStrings("\ud83d", "\ude00", "x", "\ud83d");
        Assert.Equal("08f09f988078efbfbd4102", Hex.Of(bytes));

        var decoder = new StringDecoder(new Lib0Reader(bytes));
        Assert.Equal("\ud83d", decoder.Read());
        Assert.Equal("\ude00", decoder.Read());
        Assert.Equal("x", decoder.Read());
        Assert.Equal("\ufffd", decoder.Read());
    }

    [Fact]
    public void Decoders_EmptyInput_ThrowCrdtFormatException()
    {
        Assert.Throws<CrdtFormatException>(() => new UintOptRleDecoder(new Lib0Reader(Array.Empty<byte>()), "t").Read());
        Assert.Throws<CrdtFormatException>(() => new IntDiffOptRleDecoder(new Lib0Reader(Array.Empty<byte>()), "t").Read());
        Assert.Throws<CrdtFormatException>(() => new RleDecoder(new Lib0Reader(Array.Empty<byte>()), "t").Read());
        Assert.Throws<CrdtFormatException>(() => new StringDecoder(new Lib0Reader(Array.Empty<byte>())));
    }

    [Fact]
    public void UintOptRleDecoder_RunEnds_ThenNeedsMoreInput()
    {
        var decoder = new UintOptRleDecoder(new Lib0Reader(Hex.Bytes("4300")), "t");

        Assert.Equal(3UL, decoder.Read());
        Assert.Equal(3UL, decoder.Read());
        Assert.Throws<CrdtFormatException>(() => decoder.Read());
    }

    private static byte[] EncodeStrings(params string[] strings)
    {
        var encoder = new StringEncoder();
        foreach (var s in strings)
        {
            encoder.Write(s);
        }

        return encoder.ToArray();
    }
}
