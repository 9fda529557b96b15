using static LessonStudy.Crdt.Tests.Document.ItemEditing;

namespace LessonStudy.Crdt.Tests.Document;

/// <summary>V2 updates and snapshots against yjs 13.6.33 bytes (YJS-FORMATS.md §1.11).</summary>
public class UpdateV2AndSnapshotTests
{
    private const string TextFullV1 = "010301000401047465787401618101000184010101630101010101";
    private const string TextFullV2 = "0000024101020002000504008100840a0674657874616304410001010001010103000101010100";

    private static byte[] Hex(string s) => Convert.FromHexString(s);

    private static string ToHex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();

    private static Doc AbcThenAc(bool gc = true)
    {
        var doc = NewDoc(1, gc);
        var text = doc.GetText("text");
        doc.Transact(tr => Insert(tr, text, 0, Str("abc")));
        doc.Transact(tr => Delete(tr, text, 1, 1));
        return doc;
    }

    [Fact]
    public void UpdateV2Events_MatchYjs()
    {
        var doc = NewDoc(1);
        var updates = new List<string>();
        doc.UpdateV2 += (u, _, _) => updates.Add(ToHex(u));
        var text = doc.GetText("text");
        doc.Transact(tr => Insert(tr, text, 0, Str("abc")));
        doc.Transact(tr => Delete(tr, text, 1, 1));
        Assert.Equal(
            ["00000101000001040a077465787461626304030101000001010000", "0000000000000100000000000101010100"],
            updates);
    }

    [Fact]
    public void FullStateV2_MatchesYjs() => Assert.Equal(TextFullV2, ToHex(AbcThenAc().EncodeStateAsUpdateV2()));

    [Fact]
    public void FullStateV2_AppliedToFreshDoc_ReencodesInBothFormats()
    {
        var doc = NewDoc(5);
        doc.ApplyUpdateV2(Hex(TextFullV2));
        Assert.Equal("ac", Text(doc.GetText("text")));
        Assert.Equal(TextFullV2, ToHex(doc.EncodeStateAsUpdateV2()));
        Assert.Equal(TextFullV1, ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void UpdateEvent_NotEncodedWithoutListeners_AndNotRaisedForEmptyTransactions()
    {
        var doc = NewDoc(1);
        var count = 0;
        doc.Update += (_, _, _) => count++;
        doc.Transact(_ => { });
        Assert.Equal(0, count);
        doc.Transact(tr => Insert(tr, doc.GetText("text"), 0, Str("a")));
        Assert.Equal(1, count);
    }

    [Fact]
    public void Snapshot_EncodesLikeYjs()
    {
        var snapshot = Snapshot.Create(AbcThenAc());
        Assert.Equal("0101010101010103", ToHex(snapshot.Encode()));
        Assert.Equal("0101010100010103", ToHex(snapshot.EncodeV2()));
    }

    [Fact]
    public void Snapshot_DecodeRoundTrip_IsEqual()
    {
        var snapshot = Snapshot.Create(AbcThenAc());
        Assert.True(Snapshot.EqualSnapshots(snapshot, Snapshot.Decode(snapshot.Encode())));
        Assert.True(Snapshot.EqualSnapshots(snapshot, Snapshot.DecodeV2(snapshot.EncodeV2())));
        Assert.False(Snapshot.EqualSnapshots(snapshot, Snapshot.Empty()));
    }

    [Fact]
    public void CreateDocFromSnapshot_RestoresEarlierContent()
    {
        var doc = NewDoc(1, gc: false);
        var text = doc.GetText("text");
        doc.Transact(tr => Insert(tr, text, 0, Str("abc")));
        var before = Snapshot.Create(doc);
        doc.Transact(tr => Delete(tr, text, 1, 1));
        doc.Transact(tr => Insert(tr, text, 2, Str("d")));
        Assert.Equal("acd", Text(text));

        var restored = Snapshot.CreateDocFromSnapshot(doc, before);
        Assert.Equal("abc", Text(restored.GetText("text")));
    }

    [Fact]
    public void CreateDocFromSnapshot_WithGc_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Snapshot.CreateDocFromSnapshot(AbcThenAc(), Snapshot.Empty()));

    [Fact]
    public void Snapshot_ContainsUpdate_OnlyWhenCovered()
    {
        var doc = AbcThenAc();
        var snapshot = Snapshot.Create(doc);
        Assert.True(snapshot.ContainsUpdate(doc.EncodeStateAsUpdate()));
        var older = new Snapshot(new DeleteSet(), new Dictionary<ulong, long> { [1] = 3 });
        Assert.False(older.ContainsUpdate(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void IsVisible_FollowsStateAndDeletes()
    {
        var doc = NewDoc(1, gc: false);
        var text = doc.GetText("text");
        doc.Transact(tr => Insert(tr, text, 0, Str("a")));
        var first = Snapshot.Create(doc);
        doc.Transact(tr => Delete(tr, text, 0, 1));
        var item = text.Start!;
        Assert.True(Snapshot.IsVisible(item, first));
        Assert.False(Snapshot.IsVisible(item, Snapshot.Create(doc)));
        Assert.False(Snapshot.IsVisible(item, null));
        Assert.False(Snapshot.IsVisible(item, Snapshot.Empty()));
    }
}
