using LessonStudy.Client.Documents;
using LessonStudy.Client.Tests.Support;

namespace LessonStudy.Client.Tests.Documents;

/// <summary>Two-way sync through the real hub: concurrent editors converge, a late joiner gets everything.</summary>
public sealed class DocumentSessionSyncTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const int EditsPerClient = 150;

    [Fact]
    public async Task Edit_TwoClientsEditingConcurrently_ConvergeAndLateJoinerGetsAll()
    {
        var server = fixture.Server;
        var documentId = await server.CreateSharedDocumentAsync("sync-owner", "sync-peer", "sync-late");
        await using var owner = await server.ConnectAsync("sync-owner");
        await using var peer = await server.ConnectAsync("sync-peer");
        var a = await owner.JoinAsync(documentId).Within("owner to join");
        var b = await peer.JoinAsync(documentId).Within("peer to join");

        await Seeds.RunAsync(Seeds.Next(), async random =>
        {
            var seedA = random.Next();
            var seedB = random.Next();
            await Task.WhenAll(TypeAsync(a, new Random(seedA)), TypeAsync(b, new Random(seedB))).Within("both clients to type");
            await Task.WhenAll(a.WhenSavedAsync(), b.WhenSavedAsync()).Within("every edit to be acknowledged", state: () => $"{a.DescribeState()}; {b.DescribeState()}");
            Assert.False(a.HasUnacknowledgedChanges);
            Assert.False(b.HasUnacknowledgedChanges);

            await Eventually.WaitUntilAsync(() => a.ReadContent() == b.ReadContent(), "the two clients to converge");
            var final = a.ReadContent();
            Assert.NotEmpty(final);

            await using var late = await server.ConnectAsync("sync-late");
            var c = await late.JoinAsync(documentId).Within("the late joiner to join");
            Assert.True(c.IsSynced);
            Assert.Equal(final, c.ReadContent());
        });
    }

    [Fact]
    public async Task JoinAsync_SeveralDocumentsOnOneConnection_KeepsThemApart()
    {
        var server = fixture.Server;
        var first = await server.CreateSharedDocumentAsync("multi-owner", "multi-peer");
        var second = await server.CreateSharedDocumentAsync("multi-owner", "multi-peer");
        await using var owner = await server.ConnectAsync("multi-owner");
        await using var peer = await server.ConnectAsync("multi-peer");
        var ownerFirst = await owner.JoinAsync(first).Within("join first");
        var ownerSecond = await owner.JoinAsync(second).Within("join second");
        var peerFirst = await peer.JoinAsync(first).Within("peer join first");
        var peerSecond = await peer.JoinAsync(second).Within("peer join second");

        ownerFirst.Edit(doc => doc.GetText(DocumentSession.ContentRoot).Insert(0, "first"));
        ownerSecond.Edit(doc => doc.GetText(DocumentSession.ContentRoot).Insert(0, "second"));
        await owner.WhenSavedAsync().Within("owner's edits to be saved");

        await Eventually.WaitUntilAsync(() => peerFirst.ReadContent() == "first" && peerSecond.ReadContent() == "second", "each document's text at the peer");
        Assert.Equal(2, owner.Documents.Count);
    }

    [Fact]
    public async Task JoinAsync_UnknownDocument_ThrowsHubException()
    {
        await using var client = await fixture.Server.ConnectAsync("nobody-special");

        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => client.JoinAsync(Guid.NewGuid().ToString("N")).Within("the join to be refused"));
        Assert.Empty(client.Documents);
    }

    private static async Task TypeAsync(DocumentSession session, Random random)
    {
        for (var i = 0; i < EditsPerClient; i++)
        {
            session.Edit(doc => TextEdits.RandomEdit(doc, random));
            if (i % 3 == 0)
            {
                // Let remote updates in between our own, as a typist's pauses do.
                await Task.Delay(random.Next(3));
            }
        }
    }
}
