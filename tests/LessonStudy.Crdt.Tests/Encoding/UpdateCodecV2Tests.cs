using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

public class UpdateCodecV2Tests
{
    private const string EmptyUpdateV2 = "00 00 00 00 00 00 01 00 00 00 00 00 00";

    [Fact]
    public void UpdateEncoderV2_EmptyUpdate_MatchesYjs()
    {
        // encodeStateAsUpdateV2(new Y.Doc()): no clients, empty delete set.
        var encoder = new UpdateEncoderV2();
        encoder.RestEncoder.WriteVarUint(0);
        encoder.RestEncoder.WriteVarUint(0);

        Assert.Equal(Hex.Bytes(EmptyUpdateV2), encoder.ToArray());
    }

    [Fact]
    public void UpdateDecoderV2_EmptyUpdate_LeavesOnlyTheRest()
    {
        var decoder = new UpdateDecoderV2(Hex.Bytes(EmptyUpdateV2));

        Assert.Equal(0UL, decoder.RestDecoder.ReadVarUint());
        Assert.Equal(0UL, decoder.RestDecoder.ReadVarUint());
        Assert.False(decoder.RestDecoder.HasContent);
    }

    [Fact]
    public void UpdateEncoderV2_TextExample_MatchesYjsFullState()
    {
        var encoder = new UpdateEncoderV2();
        GoldenUpdates.WriteTextExample(encoder);

        Assert.Equal(Hex.Bytes(GoldenUpdates.FullStateV2), encoder.ToArray());
    }

    [Fact]
    public void UpdateDecoderV2_TextExample_ReadsEveryValue() =>
        GoldenUpdates.ReadTextExample(new UpdateDecoderV2(Hex.Bytes(GoldenUpdates.FullStateV2)));

    [Fact]
    public void UpdateEncoderV2_ToArrayTwice_GivesSameBytes()
    {
        var encoder = new UpdateEncoderV2();
        GoldenUpdates.WriteTextExample(encoder);

        Assert.Equal(encoder.ToArray(), encoder.ToArray());
    }

    [Fact]
    public void UpdateEncoderV2_WriteKeyTwice_WritesKeyAgainWithNewClock()
    {
        var encoder = new UpdateEncoderV2();
        encoder.WriteKey("bold");
        encoder.WriteKey("bold");

        // Flag; keyClock column 0, 1 (diff 0 once, diff 1 once); four empty columns; strings "boldbold"
        // with lengths 4 × 2 (−4, run 2 − 2).
        Assert.Equal("00 02 00 02 00 00 00 00 0b 08 62 6f 6c 64 62 6f 6c 64 44 00", Spaced(encoder.ToArray()[..20]));
    }

    [Fact]
    public void UpdateDecoderV2_KeyBackReference_ReusesEarlierKey()
    {
        // keyClock column [0, 0] = diff 0 run of 2 → varInt(1) varUint(0); one string "k".
        var w = new Lib0Writer();
        w.WriteVarUint(0);
        w.WriteVarUint8Array(Hex.Bytes("01 00"));
        for (var i = 0; i < 4; i++)
        {
            w.WriteVarUint8Array([]);
        }

        w.WriteVarUint8Array(Hex.Bytes("01 6b 01"));
        for (var i = 0; i < 3; i++)
        {
            w.WriteVarUint8Array([]);
        }

        var decoder = new UpdateDecoderV2(w.ToArray());

        Assert.Equal("k", decoder.ReadKey());
        Assert.Equal("k", decoder.ReadKey());
    }

    [Fact]
    public void DSEncoderV2_Ranges_WrittenAsGapsAndLengthsMinusOne()
    {
        var encoder = new DSEncoderV2();
        encoder.ResetDsCurVal();
        encoder.WriteDsClock(5);
        encoder.WriteDsLen(3);
        encoder.WriteDsClock(10);
        encoder.WriteDsLen(1);
        encoder.ResetDsCurVal();
        encoder.WriteDsClock(2);
        encoder.WriteDsLen(2);

        Assert.Equal("05 02 02 00 02 01", Spaced(encoder.ToArray()));
        var decoder = new DSDecoderV2(encoder.ToArray());
        decoder.ResetDsCurVal();
        Assert.Equal(5, decoder.ReadDsClock());
        Assert.Equal(3, decoder.ReadDsLen());
        Assert.Equal(10, decoder.ReadDsClock());
        Assert.Equal(1, decoder.ReadDsLen());
        decoder.ResetDsCurVal();
        Assert.Equal(2, decoder.ReadDsClock());
        Assert.Equal(2, decoder.ReadDsLen());
    }

    [Fact]
    public void DSEncoderV2_ZeroLength_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DSEncoderV2().WriteDsLen(0));

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("00 05 00")]
    [InlineData("00 00 00 00 00 00 02 00")]
    [InlineData("00 00 00 00 00 00 01 05")]
    public void UpdateDecoderV2_TruncatedColumns_ThrowCrdtFormatException(string hex) =>
        Assert.Throws<CrdtFormatException>(() => new UpdateDecoderV2(Hex.Bytes(hex)));

    [Fact]
    public void UpdateDecoderV2_ReadPastEmptyColumn_ThrowsCrdtFormatException()
    {
        var decoder = new UpdateDecoderV2(Hex.Bytes(EmptyUpdateV2));

        Assert.Throws<CrdtFormatException>(() => decoder.ReadInfo());
        Assert.Throws<CrdtFormatException>(() => decoder.ReadClient());
        Assert.Throws<CrdtFormatException>(() => decoder.ReadLeftId());
        Assert.Throws<CrdtFormatException>(() => decoder.ReadString());
        Assert.Throws<CrdtFormatException>(() => decoder.ReadKey());
        Assert.Throws<CrdtFormatException>(() => decoder.ReadLen());
        Assert.Throws<CrdtFormatException>(() => decoder.ReadTypeRef());
        Assert.Throws<CrdtFormatException>(() => decoder.ReadParentInfo());
    }

    [Fact]
    public void UpdateDecoderV2_NegativeClock_ThrowsCrdtFormatException()
    {
        // client column: 1; leftClock column: diff −1 once (varInt −2).
        var w = new Lib0Writer();
        w.WriteVarUint(0);
        w.WriteVarUint8Array([]);
        w.WriteVarUint8Array(Hex.Bytes("01"));
        w.WriteVarUint8Array(Hex.Bytes("42"));
        for (var i = 0; i < 2; i++)
        {
            w.WriteVarUint8Array([]);
        }

        w.WriteVarUint8Array(Hex.Bytes("00"));
        for (var i = 0; i < 3; i++)
        {
            w.WriteVarUint8Array([]);
        }

        Assert.Throws<CrdtFormatException>(() => new UpdateDecoderV2(w.ToArray()).ReadLeftId());
    }

    [Fact]
    public void UpdateDecoderV2_StringLengthPastColumn_ThrowsCrdtFormatException()
    {
        var w = new Lib0Writer();
        w.WriteVarUint(0);
        for (var i = 0; i < 5; i++)
        {
            w.WriteVarUint8Array([]);
        }

        w.WriteVarUint8Array(Hex.Bytes("01 61 05"));
        for (var i = 0; i < 3; i++)
        {
            w.WriteVarUint8Array([]);
        }

        Assert.Throws<CrdtFormatException>(() => new UpdateDecoderV2(w.ToArray()).ReadString());
    }

    private static string Spaced(byte[] bytes) => string.Join(' ', bytes.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
}
