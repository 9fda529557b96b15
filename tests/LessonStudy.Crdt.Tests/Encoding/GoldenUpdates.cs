using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

/// <summary>
/// Drives an encoder with the calls yjs 13.6 makes for YJS-FORMATS.md §1.11: clientID 1,
/// <c>getText('text').insert(0, 'abc')</c>, then <c>delete(1, 1)</c>, full state.
/// </summary>
internal static class GoldenUpdates
{
    public const string FullStateV1 = "01 03 01 00 04 01 04 74 65 78 74 01 61 81 01 00 01 84 01 01 01 63 01 01 01 01 01";

    public const string FullStateV2 =
        "00 00 02 41 01 02 00 02 00 05 04 00 81 00 84 0a 06 74 65 78 74 61 63 04 41 00 01 01 00 01 01 01 03 00 01 01 01 01 00";

    public static void WriteTextExample(IUpdateEncoder encoder)
    {
        // writeClientsStructs: one client with three structs starting at clock 0.
        encoder.RestEncoder.WriteVarUint(1);
        encoder.RestEncoder.WriteVarUint(3);
        encoder.WriteClient(1);
        encoder.RestEncoder.WriteVarUint(0);

        // Item (1,0): String "a" in root "text".
        encoder.WriteInfo(0x04);
        encoder.WriteParentInfo(true);
        encoder.WriteString("text");
        encoder.WriteString("a");

        // Item (1,1): origin (1,0), ContentDeleted(1).
        encoder.WriteInfo(0x81);
        encoder.WriteLeftId(new ID(1, 0));
        encoder.WriteLen(1);

        // Item (1,2): origin (1,1), String "c".
        encoder.WriteInfo(0x84);
        encoder.WriteLeftId(new ID(1, 1));
        encoder.WriteString("c");

        // writeDeleteSet: client 1, one range [1, 1).
        encoder.RestEncoder.WriteVarUint(1);
        encoder.ResetDsCurVal();
        encoder.RestEncoder.WriteVarUint(1);
        encoder.RestEncoder.WriteVarUint(1);
        encoder.WriteDsClock(1);
        encoder.WriteDsLen(1);
    }

    /// <summary>Reads the example back the way yjs's readClientsStructRefs and readDeleteSet do, checking each value.</summary>
    public static void ReadTextExample(IUpdateDecoder decoder)
    {
        Assert.Equal(1UL, decoder.RestDecoder.ReadVarUint());
        Assert.Equal(3UL, decoder.RestDecoder.ReadVarUint());
        Assert.Equal(1UL, decoder.ReadClient());
        Assert.Equal(0UL, decoder.RestDecoder.ReadVarUint());

        Assert.Equal(0x04, decoder.ReadInfo());
        Assert.True(decoder.ReadParentInfo());
        Assert.Equal("text", decoder.ReadString());
        Assert.Equal("a", decoder.ReadString());

        Assert.Equal(0x81, decoder.ReadInfo());
        Assert.Equal(new ID(1, 0), decoder.ReadLeftId());
        Assert.Equal(1, decoder.ReadLen());

        Assert.Equal(0x84, decoder.ReadInfo());
        Assert.Equal(new ID(1, 1), decoder.ReadLeftId());
        Assert.Equal("c", decoder.ReadString());

        Assert.Equal(1UL, decoder.RestDecoder.ReadVarUint());
        decoder.ResetDsCurVal();
        Assert.Equal(1UL, decoder.RestDecoder.ReadVarUint());
        Assert.Equal(1UL, decoder.RestDecoder.ReadVarUint());
        Assert.Equal(1, decoder.ReadDsClock());
        Assert.Equal(1, decoder.ReadDsLen());
        Assert.False(decoder.RestDecoder.HasContent);
    }
}
