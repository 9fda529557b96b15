using static LessonStudy.Crdt.Tests.Document.ItemEditing;

namespace LessonStudy.Crdt.Tests.Document;

/// <summary>Bytes from yjs 13.6.33 (YJS-FORMATS.md §1.10–1.11 and scratch scripts against /work/ref).</summary>
public class GoldenUpdateTests
{
    private const string TextUpdate1 = "01010100040104746578740361626300";
    private const string TextUpdate2 = "000101010101";
    private const string TextFullV1 = "010301000401047465787401618101000184010101630101010101";

    private static byte[] Hex(string s) => Convert.FromHexString(s);

    private static string ToHex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();

    [Fact]
    public void TextInsertThenDelete_UpdateEvents_MatchYjs()
    {
        var doc = NewDoc(1);
        var updates = new List<string>();
        doc.Update += (u, _, _) => updates.Add(ToHex(u));
        var text = doc.GetText("text");
        doc.Transact(tr => Insert(tr, text, 0, Str("abc")));
        doc.Transact(tr => Delete(tr, text, 1, 1));
        Assert.Equal([TextUpdate1, TextUpdate2], updates);
        Assert.Equal("ac", Text(text));
    }

    [Fact]
    public void TextInsertThenDelete_FullStateV1_MatchesYjs()
    {
        var doc = NewDoc(1);
        var text = doc.GetText("text");
        doc.Transact(tr => Insert(tr, text, 0, Str("abc")));
        doc.Transact(tr => Delete(tr, text, 1, 1));
        Assert.Equal(TextFullV1, ToHex(doc.EncodeStateAsUpdate()));
        Assert.Equal("010103", ToHex(doc.EncodeStateVector()));
    }

    [Fact]
    public void TextUpdate_EncodedAgainstStateVector_SendsOnlyMissing()
    {
        var doc = NewDoc(2);
        doc.ApplyUpdate(Hex(TextFullV1));
        var sv = Doc.EncodeStateVector(new Dictionary<ulong, long> { [1] = 1 });
        Assert.Equal("010201018101000184010101630101010101", ToHex(doc.EncodeStateAsUpdate(sv)));
    }

    [Fact]
    public void AppliedUpdates_ReencodeIdentically()
    {
        var doc = NewDoc(2);
        doc.ApplyUpdate(Hex(TextUpdate1));
        doc.ApplyUpdate(Hex(TextUpdate2));
        Assert.Equal("ac", Text(doc.GetText("text")));
        Assert.Equal(TextFullV1, ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void FullStateV1_AppliedToFreshDoc_ReencodesIdentically()
    {
        var doc = NewDoc(2);
        doc.ApplyUpdate(Hex(TextFullV1));
        Assert.Equal("ac", Text(doc.GetText("text")));
        Assert.Equal(TextFullV1, ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void MapInArrayDeleted_IsCollectedToContentDeleted()
    {
        var doc = NewDoc(1);
        var array = doc.GetArray("a");
        doc.Transact(tr => Insert(tr, array, 0, new LessonStudy.Crdt.Structs.ContentType(new LessonStudy.Crdt.Types.YMap())));
        doc.Transact(tr => Delete(tr, array, 0, 1));
        Assert.Equal("0101010001010161010101010001", ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void MapOverwrite_WritesParentSubFlagWithoutKey()
    {
        var doc = NewDoc(1);
        var map = doc.GetMap("m");
        doc.Transact(tr => Set(tr, map, "a", Any(1.0)));
        doc.Transact(tr => Set(tr, map, "a", Any(2.0)));
        Assert.Equal("010201002101016d016101a80100017d020101010001", ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void SurrogatePairSplit_ReplacesBothHalves()
    {
        var doc = NewDoc(1);
        var text = doc.GetText("text");
        doc.Transact(tr => Insert(tr, text, 0, Str("😀")));
        doc.Transact(tr => Delete(tr, text, 1, 1));
        Assert.Equal("\uFFFD", Text(text));
        Assert.Equal("010201000401047465787403efbfbd810100010101010101", ToHex(doc.EncodeStateAsUpdate()));
    }
}
