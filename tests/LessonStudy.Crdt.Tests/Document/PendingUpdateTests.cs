using static LessonStudy.Crdt.Tests.Document.ItemEditing;

namespace LessonStudy.Crdt.Tests.Document;

/// <summary>Out-of-order delivery: structs and deletions wait until their dependencies arrive (bytes from yjs 13.6.33).</summary>
public class PendingUpdateTests
{
    // Client 1 inserts "abc"; client 2 inserts "xy" after "a", then deletes "y" and "b".
    private const string A0 = "01010100040101740361626300";
    private const string B1 = "01010200c40100010102787900";
    private const string B2 = "00020201010101010101";
    private const string FinalState = "02020200c4010001010178c10200010101030100040101740161810100018401010163020201010101010101";

    private static byte[] Hex(string s) => Convert.FromHexString(s);

    private static string ToHex(byte[]? b) => b is null ? "null" : Convert.ToHexString(b).ToLowerInvariant();

    [Fact]
    public void StructsBeforeDependencies_WaitAsPendingV2Update()
    {
        var doc = NewDoc(3);
        doc.ApplyUpdate(Hex(B1));
        doc.ApplyUpdate(Hex(B2));
        Assert.Equal("", Text(doc.GetText("t")));
        Assert.Equal("0000030241000100010201c4040278790200000001010000", ToHex(doc.Store.PendingStructs!.Update));
        Assert.Equal(new Dictionary<ulong, long> { [1] = 0 }, doc.Store.PendingStructs.Missing);
        Assert.Equal("000000000000010000000000020201010001010100", ToHex(doc.Store.PendingDs));
        Assert.Equal("00", ToHex(doc.EncodeStateVector()));
    }

    [Fact]
    public void MissingUpdateArrives_PendingStructsAndDeletesAreApplied()
    {
        var doc = NewDoc(3);
        doc.ApplyUpdate(Hex(B1));
        doc.ApplyUpdate(Hex(B2));
        doc.ApplyUpdate(Hex(A0));
        Assert.Equal("axc", Text(doc.GetText("t")));
        Assert.Null(doc.Store.PendingStructs);
        Assert.Null(doc.Store.PendingDs);
        Assert.Equal(FinalState, ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void InOrderDelivery_GivesSameState()
    {
        var doc = NewDoc(3);
        doc.ApplyUpdate(Hex(A0));
        doc.ApplyUpdate(Hex(B1));
        doc.ApplyUpdate(Hex(B2));
        Assert.Equal("axc", Text(doc.GetText("t")));
        Assert.Equal(FinalState, ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void DuplicateUpdates_AreIdempotent()
    {
        var doc = NewDoc(3);
        foreach (var u in new[] { A0, B1, A0, B2, B1, B2, A0 })
        {
            doc.ApplyUpdate(Hex(u));
        }

        Assert.Equal("axc", Text(doc.GetText("t")));
        Assert.Equal(FinalState, ToHex(doc.EncodeStateAsUpdate()));
        Assert.Null(doc.Store.PendingStructs);
    }

    [Fact]
    public void DeleteBeforeInsert_WaitsAsPendingDeleteSet()
    {
        var doc = NewDoc(4);
        doc.ApplyUpdate(Hex("000101010001"));
        Assert.Equal("0000000000000100000000000101010000", ToHex(doc.Store.PendingDs));
        doc.ApplyUpdate(Hex(A0));
        Assert.Equal("bc", Text(doc.GetText("t")));
        Assert.Null(doc.Store.PendingDs);
        Assert.Equal("0102010001010174018401000262630101010001", ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void RemoteUpdateWithOwnClientId_RegeneratesClientId()
    {
        var doc = NewDoc(1);
        doc.ApplyUpdate(Hex(A0));
        Assert.NotEqual(1UL, doc.ClientID);
        Assert.True(doc.ClientID <= uint.MaxValue);
    }

    [Fact]
    public void RemoteUpdateFromOtherClient_KeepsClientId()
    {
        var doc = NewDoc(7);
        doc.ApplyUpdate(Hex(A0));
        Assert.Equal(7UL, doc.ClientID);
    }
}
