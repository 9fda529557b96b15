using LessonStudy.Client.Tests.Support;
using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Client.Tests.Documents;

/// <summary>Presence through the real hub: a state appears at the peer, and disappears when its owner leaves or disconnects.</summary>
public sealed class DocumentSessionAwarenessTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task SetAwarenessState_PeerSeesIt_AndLosesItOnLeave()
    {
        var server = fixture.Server;
        var documentId = await server.CreateSharedDocumentAsync("aw-owner", "aw-peer");
        await using var owner = await server.ConnectAsync("aw-owner");
        await using var peer = await server.ConnectAsync("aw-peer");
        var watcher = await peer.JoinAsync(documentId).Within("peer to join");
        var changes = 0;
        watcher.AwarenessChanged += (_, _) => Interlocked.Increment(ref changes);

        var session = await owner.JoinAsync(documentId).Within("owner to join");
        session.SetAwarenessState(UserState("Ms Li"));
        await Eventually.WaitUntilAsync(() => NameOf(watcher.GetAwarenessStates(), session.ClientId) == "Ms Li", "the owner's state at the peer");

        session.SetAwarenessField("cursor", 3);
        await Eventually.WaitUntilAsync(() => watcher.GetAwarenessStates().GetValueOrDefault(session.ClientId) is JsObject o && o.TryGetValue("cursor", out var cursor) && cursor is 3d, "the owner's cursor at the peer");

        var ownerClientId = session.ClientId;
        await session.DisposeAsync();
        await Eventually.WaitUntilAsync(() => !watcher.GetAwarenessStates().ContainsKey(ownerClientId), "the owner's state to go after leaving");
        Assert.True(Volatile.Read(ref changes) >= 3);
    }

    [Fact]
    public async Task DisposeClient_PeerLosesItsState()
    {
        var server = fixture.Server;
        var documentId = await server.CreateSharedDocumentAsync("aw2-owner", "aw2-peer");
        await using var peer = await server.ConnectAsync("aw2-peer");
        var watcher = await peer.JoinAsync(documentId).Within("peer to join");

        var owner = await server.ConnectAsync("aw2-owner");
        var session = await owner.JoinAsync(documentId).Within("owner to join");
        session.SetAwarenessState(UserState("Mr Wang"));
        await Eventually.WaitUntilAsync(() => NameOf(watcher.GetAwarenessStates(), session.ClientId) == "Mr Wang", "the owner's state at the peer");

        var ownerClientId = session.ClientId;
        await owner.DisposeAsync();
        await Eventually.WaitUntilAsync(() => !watcher.GetAwarenessStates().ContainsKey(ownerClientId), "the owner's state to go after the client is disposed");
        Assert.Equal(CollabConnectionState.Disposed, owner.State);
    }

    [Fact]
    public async Task JoinAsync_OthersPresent_ReceivesTheirStates()
    {
        var server = fixture.Server;
        var documentId = await server.CreateSharedDocumentAsync("aw3-owner", "aw3-peer");
        await using var owner = await server.ConnectAsync("aw3-owner");
        var present = await owner.JoinAsync(documentId).Within("owner to join");
        present.SetAwarenessState(UserState("Ms Zhao"));
        await owner.WhenSavedAsync().Within("owner settled");

        await using var peer = await server.ConnectAsync("aw3-peer");
        var late = await peer.JoinAsync(documentId).Within("peer to join");

        await Eventually.WaitUntilAsync(() => NameOf(late.GetAwarenessStates(), present.ClientId) == "Ms Zhao", "the present user's state at the late joiner");
    }

    private static JsObject UserState(string name)
    {
        var user = new JsObject();
        user.Set("name", name);
        var state = new JsObject();
        state.Set("user", user);
        return state;
    }

    private static string? NameOf(IReadOnlyDictionary<ulong, object> states, ulong client) =>
        states.GetValueOrDefault(client) is JsObject state && state.TryGetValue("user", out var value) && value is JsObject user
            && user.TryGetValue("name", out var name) ? name as string : null;
}
