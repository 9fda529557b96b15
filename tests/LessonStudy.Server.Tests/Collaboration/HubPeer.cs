using LessonStudy.Contracts.Collaboration;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;
using LessonStudy.TestKit.Server;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Collaboration;

/// <summary>
/// A bare protocol peer on the real .NET SignalR client: one engine document per joined document,
/// synced by hand with y-protocols frames, so that tests can also send exactly the bytes they want.
/// The engine is not thread-safe: every use of a document holds <see cref="Gate"/>.
/// </summary>
internal sealed class HubPeer : IAsyncDisposable
{
    private readonly Dictionary<string, PeerDocument> documents = new(StringComparer.Ordinal);
    private readonly List<JoinResult> rightsChanges = [];

    private HubPeer(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }

    public Lock Gate { get; } = new();

    public IReadOnlyList<JoinResult> RightsChanges
    {
        get
        {
            lock (Gate)
            {
                return [.. rightsChanges];
            }
        }
    }

    public static async Task<HubPeer> ConnectAsync(LoopbackServer server, string token, bool json = false)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, CollabRoutes.HubPath), HttpTransportType.WebSockets, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token));
        if (!json)
        {
            builder.AddMessagePackProtocol();
        }

        var connection = builder.Build();
        var peer = new HubPeer(connection);
        connection.On<string, byte[]>(CollabRoutes.ReceiveMessage, peer.OnReceive);
        connection.On<JoinResult>(CollabRoutes.RightsChanged, rights =>
        {
            lock (peer.Gate)
            {
                peer.rightsChanges.Add(rights);
            }
        });
        using var timeout = new CancellationTokenSource(Eventually.Timeout);
        await connection.StartAsync(timeout.Token);
        return peer;
    }

    /// <summary>Joins with a fresh document (client ID <paramref name="clientId"/>) and sends our step 1.</summary>
    public async Task<JoinResult> JoinAsync(string documentId, ulong clientId)
    {
        var document = new PeerDocument(this, documentId, clientId);
        lock (Gate)
        {
            documents[documentId] = document;
        }

        var result = await Connection.InvokeAsync<JoinResult>(CollabRoutes.JoinDocument, documentId).WaitAsync(Eventually.Timeout);
        byte[] step1;
        lock (Gate)
        {
            var writer = new Lib0Writer();
            SyncProtocol.WriteSyncStep1(writer, document.Doc);
            step1 = ProtocolMessage.EncodeSync(writer.ToArray());
        }

        await SendAsync(documentId, step1);
        return result;
    }

    public PeerDocument this[string documentId]
    {
        get
        {
            lock (Gate)
            {
                return documents[documentId];
            }
        }
    }

    public Task SendAsync(string documentId, byte[] frame) =>
        Connection.InvokeAsync(CollabRoutes.SendMessage, documentId, frame).WaitAsync(Eventually.Timeout);

    public Task LeaveAsync(string documentId) =>
        Connection.InvokeAsync(CollabRoutes.LeaveDocument, documentId).WaitAsync(Eventually.Timeout);

    private void OnReceive(string documentId, byte[] frame)
    {
        PeerDocument? document;
        lock (Gate)
        {
            documents.TryGetValue(documentId, out document);
        }

        document?.Receive(frame);
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
    }
}
