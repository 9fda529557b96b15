using static LessonStudy.Crdt.Tests.Document.ItemEditing;

namespace LessonStudy.Crdt.Tests.Document;

/// <summary>Several pending updates are merged and re-emitted like yjs 13.6.33 does (bytes from yjs).</summary>
public class PendingMergeTests
{
    private const string A0 = "01010100040101740361626300";
    private const string B0 = "01010200c401000101017800";
    private const string B1 = "01010201c401010102017900";
    private const string B2 = "000101010001";

    private static byte[] Hex(string s) => Convert.FromHexString(s);

    private static string ToHex(byte[]? b) => b is null ? "null" : Convert.ToHexString(b).ToLowerInvariant();

    private static Doc WithPending()
    {
        var doc = NewDoc(3);
        doc.ApplyUpdate(Hex(B1));
        Assert.Equal("0000030241000102010401c40301790100000001010100", ToHex(doc.Store.PendingStructs!.Update));
        Assert.Equal(new Dictionary<ulong, long> { [2] = 0 }, doc.Store.PendingStructs.Missing);
        doc.ApplyUpdate(Hex(B0));
        doc.ApplyUpdate(Hex(B2));
        return doc;
    }

    [Fact]
    public void SecondPendingUpdate_IsMergedIntoTheFirst()
    {
        var doc = WithPending();
        Assert.Equal("00000302410202000202030001c405027879410000000001020000", ToHex(doc.Store.PendingStructs!.Update));
        Assert.Equal(new Dictionary<ulong, long> { [2] = 0, [1] = 0 }, doc.Store.PendingStructs.Missing);
        Assert.Equal("0000000000000100000000000101010000", ToHex(doc.Store.PendingDs));
    }

    [Fact]
    public void EncodeStateAsUpdate_ReemitsPendingData()
    {
        var doc = WithPending();
        Assert.Equal("01020200c4010001010178c40101010201790101010001", ToHex(doc.EncodeStateAsUpdate()));
        Assert.Equal("00000302410202000202030001c40502787941000000000102000101010000", ToHex(doc.EncodeStateAsUpdateV2()));
        var sv = Doc.EncodeStateVector(new Dictionary<ulong, long> { [2] = 1 });
        Assert.Equal("01010201c40101010201790101010001", ToHex(doc.EncodeStateAsUpdate(sv)));
    }

    [Fact]
    public void MissingUpdateArrives_EverythingIntegrates()
    {
        var doc = WithPending();
        doc.ApplyUpdate(Hex(A0));
        Assert.Equal("xbyc", Text(doc.GetText("t")));
        Assert.Null(doc.Store.PendingStructs);
        Assert.Null(doc.Store.PendingDs);
        Assert.Equal(
            "02020200c4010001010178c40101010201790301000101017401840100016284010101630101010001",
            ToHex(doc.EncodeStateAsUpdate()));
    }
}
