using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Server.Tests.Collaboration;

public class CollabHubAwarenessTests
{
    private static JsObject User(string name) => new() { ["user"] = new JsObject { ["name"] = name } };

    [Fact]
    public async Task Awareness_AppearsForOthers_AndDisappearsWhenTheConnectionLeaves()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var a = await fixture.PeerAsync();
        var b = await fixture.PeerAsync("li");
        var aDoc = a[fixture.DocumentId];

        await aDoc.SetAwarenessAsync(User("张老师"));
        await Eventually.TrueAsync(() => b[fixture.DocumentId].AwarenessClients.Contains(aDoc.Awareness.ClientId), "B to see A's awareness");

        await a.LeaveAsync(fixture.DocumentId);
        await Eventually.TrueAsync(() => !b[fixture.DocumentId].AwarenessClients.Contains(aDoc.Awareness.ClientId), "A's awareness to go when A leaves");
    }

    [Fact]
    public async Task Awareness_DisappearsWhenTheConnectionDrops_AndALateJoinerSeesOnlyThePresent()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var a = await fixture.PeerAsync();
        var b = await fixture.PeerAsync("li");
        await a[fixture.DocumentId].SetAwarenessAsync(User("张老师"));
        await b[fixture.DocumentId].SetAwarenessAsync(User("李老师"));
        var aClient = a[fixture.DocumentId].Awareness.ClientId;
        var bClient = b[fixture.DocumentId].Awareness.ClientId;
        await Eventually.TrueAsync(() => b[fixture.DocumentId].AwarenessClients.Contains(aClient), "B to see A");

        await a.Connection.StopAsync();
        await Eventually.TrueAsync(() => !b[fixture.DocumentId].AwarenessClients.Contains(aClient), "A's awareness to go when A's connection drops");

        var c = await fixture.PeerAsync("wang");
        await Eventually.TrueAsync(() => c[fixture.DocumentId].AwarenessClients.Contains(bClient), "a late joiner to get B's state");
        Assert.DoesNotContain(aClient, c[fixture.DocumentId].AwarenessClients);
    }

    [Fact]
    public async Task Awareness_ForAnotherConnectionsClient_IsRejected()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var a = await fixture.PeerAsync();
        var b = await fixture.PeerAsync("li");
        await a[fixture.DocumentId].SetAwarenessAsync(User("张老师"));
        var stolen = a[fixture.DocumentId].Awareness.EncodeAwarenessUpdate([a[fixture.DocumentId].Awareness.ClientId]);

        var error = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(
            () => b.SendAsync(fixture.DocumentId, LessonStudy.Crdt.Sync.ProtocolMessage.EncodeAwareness(stolen)));
        Assert.Contains("belongs to another connection", error.Message, StringComparison.Ordinal);
    }
}
