using LessonStudy.Contracts.Collaboration;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Collaboration;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Collaboration;

public class DocumentContentTests
{
    [Fact]
    public async Task AppendMarkdown_ReachesConnectedPeers_AndIsDurable()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var peer = await fixture.PeerAsync();
        var content = fixture.Server.Services.GetRequiredService<IDocumentContent>();

        await content.AppendMarkdownAsync(fixture.DocumentId, "# 教学目标\n", CancellationToken.None);

        await Eventually.TrueAsync(() => peer[fixture.DocumentId].Text == "# 教学目标\n", "the peer to receive the server's text");
        var owners = await fixture.Server.Services.GetRequiredService<IClientAttribution>().GetAsync(fixture.DocumentId, CancellationToken.None);
        Assert.Contains("@server", owners.Values);
    }

    [Fact]
    public async Task AppendMarkdown_OnADocumentNobodyHasOpen_LoadsAndPersistsIt()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var content = fixture.Server.Services.GetRequiredService<IDocumentContent>();

        await content.AppendMarkdownAsync(fixture.DocumentId, "模板", CancellationToken.None);

        Assert.Equal("模板", await fixture.ServerTextAsync("模板"));
        Assert.Equal("模板", (await content.ReadAsync(fixture.DocumentId, CancellationToken.None)).Markdown);
    }

    [Fact]
    public async Task PlanEvent_ReachesEveryConnectionThatJoinedTheDocument_AndNoOther()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var joined = await fixture.PeerAsync();
        var elsewhere = await fixture.PeerAsync(join: false);
        var received = new List<PlanEventDto>();
        var stray = new List<PlanEventDto>();
        joined.Connection.On<PlanEventDto>(CollabRoutes.PlanEvent, e => { lock (received) { received.Add(e); } });
        elsewhere.Connection.On<PlanEventDto>(CollabRoutes.PlanEvent, e => { lock (stray) { stray.Add(e); } });
        var planEvent = new PlanEventDto("p1", fixture.DocumentId, PlanEventKinds.Stage, null, PlanStages.Discussion, 1);

        await fixture.Server.Services.GetRequiredService<IPlanEventPublisher>().PublishAsync(planEvent, CancellationToken.None);

        await Eventually.TrueAsync(() => { lock (received) { return received.Count == 1; } }, "the joined connection to get the plan event");
        Assert.Equal(planEvent, received[0]);
        Assert.Empty(stray);
    }
}
