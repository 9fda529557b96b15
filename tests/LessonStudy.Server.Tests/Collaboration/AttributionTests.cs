using LessonStudy.Crdt;
using LessonStudy.Server.Features.Collaboration;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Collaboration;

public class AttributionTests
{
    [Fact]
    public async Task ContentUnderAnotherUsersClientId_IsRejectedAndNotApplied()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var owner = await fixture.PeerAsync();
        var li = await fixture.PeerAsync("li");
        owner[fixture.DocumentId].Edit(t => t.Insert(0, "张"));
        await owner[fixture.DocumentId].AcknowledgedAsync();
        await Eventually.TrueAsync(() => li[fixture.DocumentId].Text == "张", "li to receive the owner's text");

        // li forges an edit under the owner's client ID (clock 1 onwards, after the owner's "张" at 0).
        // A yjs document that receives its own client ID picks a new one, so build it from scratch.
        var ownerClient = owner[fixture.DocumentId].Doc.ClientID;
        var forged = new Doc(new DocOptions { ClientId = ownerClient });
        forged.GetText("content").Insert(0, "x");
        var sv = forged.EncodeStateVector();
        forged.GetText("content").Insert(1, "冒名");
        Assert.Equal(ownerClient, forged.ClientID);
        var error = await Assert.ThrowsAsync<HubException>(
            () => li.SendAsync(fixture.DocumentId, PeerDocument.FrameUpdate(forged.EncodeStateAsUpdate(sv))));

        Assert.Contains("belongs to another user", error.Message, StringComparison.Ordinal);
        Assert.Equal("张", await fixture.ServerTextAsync("张"));
    }

    [Fact]
    public async Task Snapshot_AttributesTextToItsWriters_AndCountsTheirEdits()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var owner = await fixture.PeerAsync();
        var li = await fixture.PeerAsync("li");
        owner[fixture.DocumentId].Edit(t => t.Insert(0, "教学目标"));
        await owner[fixture.DocumentId].AcknowledgedAsync();
        await Eventually.TrueAsync(() => li[fixture.DocumentId].Text == "教学目标", "li to receive the text");
        li[fixture.DocumentId].Edit(t =>
        {
            t.Insert(4, "：理解");
            t.Delete(0, 2);
        });
        await li[fixture.DocumentId].AcknowledgedAsync();

        var content = fixture.Server.Services.GetRequiredService<IDocumentContent>();
        var attribution = fixture.Server.Services.GetRequiredService<IClientAttribution>();
        var snapshot = await content.ReadAsync(fixture.DocumentId, CancellationToken.None);
        var owners = await attribution.GetAsync(fixture.DocumentId, CancellationToken.None);

        Assert.Equal("目标：理解", snapshot.Markdown);
        var writers = snapshot.Runs.Select(r => (snapshot.Markdown.Substring(r.Start, r.Length), owners[r.ClientId])).ToList();
        Assert.Equal([("目标", "owner"), ("：理解", "li")], writers);
        Assert.Contains(new UserEdits("owner", 4, 0), snapshot.Edits);
        Assert.Contains(new UserEdits("li", 3, 2), snapshot.Edits);
        var reloaded = new Doc();
        reloaded.ApplyUpdate(snapshot.State);
        Assert.Equal(snapshot.Markdown, reloaded.GetText("content").ToString());
    }

    [Fact]
    public async Task Attribution_SurvivesARestart()
    {
        var data = Directory.CreateTempSubdirectory("lessonstudy-attribution-").FullName;
        try
        {
            string documentId;
            ulong ownerClient;
            await using (var fixture = await CollabFixture.StartAsync(dataPath: data))
            {
                documentId = fixture.DocumentId;
                var owner = await fixture.PeerAsync();
                ownerClient = owner[documentId].Doc.ClientID;
                owner[documentId].Edit(t => t.Insert(0, "板书"));
                await owner[documentId].AcknowledgedAsync();
            }

            await using var server = await TestKit.Server.LoopbackServer.StartAsync(data);
            var owners = await server.Services.GetRequiredService<IClientAttribution>().GetAsync(documentId, CancellationToken.None);
            Assert.Equal("owner", owners[ownerClient]);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
