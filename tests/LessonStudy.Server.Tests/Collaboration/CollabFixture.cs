using LessonStudy.TestKit.Server;

namespace LessonStudy.Server.Tests.Collaboration;

/// <summary>A server with an owner, a document of theirs, and helpers to bring peers in.</summary>
internal sealed class CollabFixture : IAsyncDisposable
{
    private readonly List<HubPeer> peers = [];
    private ulong nextClient = 1000;

    private CollabFixture(LoopbackServer server, string ownerToken, string documentId)
    {
        Server = server;
        OwnerToken = ownerToken;
        DocumentId = documentId;
    }

    public LoopbackServer Server { get; }

    public string OwnerToken { get; }

    public string DocumentId { get; }

    public static async Task<CollabFixture> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? dataPath = null)
    {
        var server = await LoopbackServer.StartAsync(dataPath, settings);
        var owner = await server.GetTokenAsync("owner", "组长");
        var documentId = await server.CreateDocumentAsync(owner, "第一课");
        return new CollabFixture(server, owner, documentId);
    }

    /// <summary>A connected peer for <paramref name="userId"/> (shared with the rights given unless the owner).</summary>
    public async Task<HubPeer> PeerAsync(string userId = "owner", bool? canEdit = true, bool json = false, bool join = true)
    {
        var token = userId == "owner" ? OwnerToken : await Server.GetTokenAsync(userId, userId);
        if (userId != "owner" && canEdit is { } edit)
        {
            await Server.ShareAsync(OwnerToken, DocumentId, userId, edit);
        }

        var peer = await HubPeer.ConnectAsync(Server, token, json);
        peers.Add(peer);
        if (join)
        {
            await peer.JoinAsync(DocumentId, nextClient++);
        }

        return peer;
    }

    public ulong NextClientId() => nextClient++;

    /// <summary>What the server holds now, as a peer that joins afresh sees it.</summary>
    public async Task<string> ServerTextAsync(string expected)
    {
        await using var reader = await HubPeer.ConnectAsync(Server, OwnerToken);
        await reader.JoinAsync(DocumentId, NextClientId());
        var text = "";
        await Eventually.TrueAsync(() => (text = reader[DocumentId].Text) == expected, $"a fresh reader to see \"{expected}\"");
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var peer in peers)
        {
            await peer.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}
