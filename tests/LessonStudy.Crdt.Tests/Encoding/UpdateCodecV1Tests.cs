using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

public class UpdateCodecV1Tests
{
    [Fact]
    public void UpdateEncoderV1_TextExample_MatchesYjsFullState()
    {
        var encoder = new UpdateEncoderV1();
        GoldenUpdates.WriteTextExample(encoder);

        Assert.Equal(Hex.Bytes(GoldenUpdates.FullStateV1), encoder.ToArray());
    }

    [Fact]
    public void UpdateDecoderV1_TextExample_ReadsEveryValue() =>
        GoldenUpdates.ReadTextExample(new UpdateDecoderV1(Hex.Bytes(GoldenUpdates.FullStateV1)));

    [Fact]
    public void UpdateEncoderV1_EveryWriter_RoundTripsThroughDecoder()
    {
        var encoder = new UpdateEncoderV1();
        encoder.WriteRightId(new ID(7, 300));
        encoder.WriteParentInfo(false);
        encoder.WriteTypeRef(3);
        encoder.WriteKey("bold");
        encoder.WriteJson(new JsObject { ["x"] = 1d });
        encoder.WriteJson(JsUndefined.Value);
        encoder.WriteJson(null);
        encoder.WriteAny(new object?[] { 1d, "s" });
        encoder.WriteBuf([1, 2, 3]);

        var decoder = new UpdateDecoderV1(encoder.ToArray());

        Assert.Equal(new ID(7, 300), decoder.ReadRightId());
        Assert.False(decoder.ReadParentInfo());
        Assert.Equal(3, decoder.ReadTypeRef());
        Assert.Equal("bold", decoder.ReadKey());
        Assert.Equal(new JsObject { ["x"] = 1d }, decoder.ReadJson());
        Assert.Same(JsUndefined.Value, decoder.ReadJson());
        Assert.Null(decoder.ReadJson());
        Assert.Equal(new object?[] { 1d, "s" }, decoder.ReadAny());
        Assert.Equal(new byte[] { 1, 2, 3 }, decoder.ReadBuf());
        Assert.False(decoder.RestDecoder.HasContent);
    }

    [Fact]
    public void UpdateEncoderV1_WriteJson_WritesJsonStringifyText()
    {
        var encoder = new UpdateEncoderV1();
        encoder.WriteJson(new JsObject { ["b"] = 0.1d, ["1"] = "é" });

        var reader = new Lib0Reader(encoder.ToArray());
        Assert.Equal("{\"1\":\"é\",\"b\":0.1}", reader.ReadVarString());
    }

    [Fact]
    public void DSEncoderV1_ClockAndLen_WrittenAsVarUints()
    {
        var encoder = new DSEncoderV1();
        encoder.ResetDsCurVal();
        encoder.WriteDsClock(300);
        encoder.WriteDsLen(1);

        Assert.Equal("ac0201", Hex.Of(encoder.ToArray()));
        var decoder = new DSDecoderV1(encoder.ToArray());
        Assert.Equal(300, decoder.ReadDsClock());
        Assert.Equal(1, decoder.ReadDsLen());
    }

    [Fact]
    public void UpdateDecoderV1_InvalidJson_ThrowsCrdtFormatException()
    {
        var w = new Lib0Writer();
        w.WriteVarString("{bad");

        Assert.Throws<CrdtFormatException>(() => new UpdateDecoderV1(w.ToArray()).ReadJson());
    }

    [Fact]
    public void UpdateDecoderV1_TypeRefBeyondInt_ThrowsCrdtFormatException()
    {
        var w = new Lib0Writer();
        w.WriteVarUint(1UL << 40);

        Assert.Throws<CrdtFormatException>(() => new UpdateDecoderV1(w.ToArray()).ReadTypeRef());
    }

    [Fact]
    public void UpdateDecoderV1_ClockNearTwoTo63_IsAcceptedAsLong()
    {
        // The largest varUint lib0 accepts is below 2^63 (Node: 9160321642071588864), so every wire clock fits a long.
        var bytes = Hex.Bytes("ff ff ff ff ff ff ff 8f 7f");

        var clock = new UpdateDecoderV1(bytes).ReadLen();

        Assert.Equal(9160321642071588864L, clock);
    }
}
