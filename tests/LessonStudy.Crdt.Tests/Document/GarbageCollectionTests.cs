using LessonStudy.Crdt.Structs;
using static LessonStudy.Crdt.Tests.Document.ItemEditing;

namespace LessonStudy.Crdt.Tests.Document;

public class GarbageCollectionTests
{
    private static string ToHex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();

    [Fact]
    public void GcDisabled_KeepsDeletedContent()
    {
        var doc = NewDoc(1, gc: false);
        var text = doc.GetText("text");
        text.Insert(0, "abc");
        text.Delete(1, 1);
        var deleted = doc.Store.Clients[1].OfType<Item>().Single(i => i.Deleted);
        Assert.Equal("b", ((ContentString)deleted.Content).Str);
        // yjs writes the deleted "b" as a string item: 84 01 00 01 62.
        Assert.Equal("01030100040104746578740161840100016284010101630101010101", ToHex(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void GcFilter_ReturningFalse_KeepsContent()
    {
        var doc = new Doc(new DocOptions { ClientId = 1, GcFilter = _ => false });
        var text = doc.GetText("text");
        text.Insert(0, "abc");
        text.Delete(1, 1);
        Assert.Contains(doc.Store.Clients[1].OfType<Item>(), i => i.Deleted && i.Content is ContentString);
    }

    [Fact]
    public void KeptItem_IsNotCollected()
    {
        var doc = NewDoc(1);
        var text = doc.GetText("text");
        text.Insert(0, "abc");
        Item.KeepItem(text.Start, true);
        text.Delete(0, 3);
        Assert.IsType<ContentString>(((Item)doc.Store.Clients[1][0]).Content);
    }

    [Fact]
    public void UpdateStartingAfterOurState_WaitsForTheGap()
    {
        var source = NewDoc(1);
        source.GetText("text").Insert(0, "abcd");
        var tail = source.EncodeStateAsUpdate(Doc.EncodeStateVector(new Dictionary<ulong, long> { [1] = 2 }));
        var doc = NewDoc(2);
        doc.ApplyUpdate(tail);
        Assert.Equal("", doc.GetText("text").ToString());
        Assert.Equal(new Dictionary<ulong, long> { [1] = 1 }, doc.Store.PendingStructs!.Missing);
        doc.ApplyUpdate(source.EncodeStateAsUpdate());
        Assert.Equal("abcd", doc.GetText("text").ToString());
        Assert.Null(doc.Store.PendingStructs);
    }
}
