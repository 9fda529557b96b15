using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Document;

public class DocInspectTests
{
    private static (Doc Server, Doc Client) Synced(string text)
    {
        var server = new Doc(new DocOptions { ClientId = 1 });
        server.GetText("content").Insert(0, text);
        var client = new Doc(new DocOptions { ClientId = 2 });
        client.ApplyUpdate(server.EncodeStateAsUpdate());
        return (server, client);
    }

    [Fact]
    public void WouldChange_StepTwoOfASyncedPeer_IsFalse()
    {
        var (server, client) = Synced("hello world");
        server.GetText("content").Delete(0, 6);
        client.ApplyUpdate(server.EncodeStateAsUpdate());

        var stepTwo = client.EncodeStateAsUpdate(server.EncodeStateVector());

        Assert.False(server.WouldChange(stepTwo));
    }

    [Fact]
    public void WouldChange_NewInsert_IsTrue()
    {
        var (server, client) = Synced("hello");
        client.GetText("content").Insert(5, "!");

        Assert.True(server.WouldChange(client.EncodeStateAsUpdate(server.EncodeStateVector())));
    }

    [Fact]
    public void WouldChange_DeletionOfLiveText_IsTrueAndNothingIsApplied()
    {
        var (server, client) = Synced("hello");
        client.GetText("content").Delete(0, 1);
        var update = client.EncodeStateAsUpdate(server.EncodeStateVector());

        Assert.True(server.WouldChange(update));
        Assert.Equal("hello", server.GetText("content").ToString());
    }

    [Fact]
    public void WouldChange_DeletionOfUnknownClock_IsTrue()
    {
        var (server, _) = Synced("hi");
        var stranger = new Doc(new DocOptions { ClientId = 9 });
        stranger.GetText("content").Insert(0, "abc");
        stranger.GetText("content").Delete(0, 3);
        var deletesOnly = stranger.EncodeStateAsUpdate(Doc.EncodeStateVector(new Dictionary<ulong, long> { [9] = 3 }));

        Assert.True(server.WouldChange(deletesOnly));
    }

    [Fact]
    public void WouldChange_MalformedUpdate_Throws()
    {
        var server = new Doc();
        Assert.Throws<CrdtFormatException>(() => server.WouldChange(new byte[] { 5, 1, 2 }));
    }

    [Fact]
    public void HasPendingUpdates_UpdateWithMissingDependency_IsTrueUntilSupplied()
    {
        var source = new Doc(new DocOptions { ClientId = 3 });
        source.GetText("t").Insert(0, "a");
        var first = source.EncodeStateAsUpdate();
        var sv = source.EncodeStateVector();
        source.GetText("t").Insert(1, "b");
        var second = source.EncodeStateAsUpdate(sv);

        var target = new Doc();
        target.ApplyUpdate(second);
        Assert.True(target.HasPendingUpdates);
        target.ApplyUpdate(first);
        Assert.False(target.HasPendingUpdates);
        Assert.Equal("ab", target.GetText("t").ToString());
    }
}
