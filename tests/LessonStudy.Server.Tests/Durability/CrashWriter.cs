using LessonStudy.Contracts.Collaboration;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;
using LessonStudy.Server.Tests.Collaboration;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Durability;

/// <summary>
/// A writer that keeps typing whatever happens to the server: each edit inserts a unique marker
/// between existing markers; a marker whose <c>SendMessage</c> completed is acknowledged. Across a
/// crash it keeps its document, reconnects, and resyncs by answering the server's step 1 with a
/// step 2, which carries every edit the server lacks.
/// </summary>
internal sealed class CrashWriter(string name, ulong clientId, Uri server, string token, string documentId) : IAsyncDisposable
{
    private static readonly object Remote = new();
    private readonly Doc doc = new(new DocOptions { ClientId = clientId });
    private readonly Lock gate = new();
    private readonly HashSet<string> acknowledged = [];
    private readonly List<string> written = [];
    private HubConnection? connection;
    private Task resync = Task.CompletedTask;
    private int sequence;

    public IReadOnlyCollection<string> Acknowledged
    {
        get
        {
            lock (gate)
            {
                return [.. acknowledged];
            }
        }
    }

    public IReadOnlyList<string> Written
    {
        get
        {
            lock (gate)
            {
                return [.. written];
            }
        }
    }

    public string Text
    {
        get
        {
            lock (gate)
            {
                return doc.GetText("content").ToString();
            }
        }
    }

    public async Task ConnectAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        var next = new HubConnectionBuilder()
            .WithUrl(new Uri(server, CollabRoutes.HubPath), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddMessagePackProtocol()
            .Build();
        next.On<string, byte[]>(CollabRoutes.ReceiveMessage, (_, frame) => Receive(next, frame));
        using var timeout = new CancellationTokenSource(Eventually.Timeout);
        await next.StartAsync(timeout.Token);
        lock (gate)
        {
            connection = next;
        }

        await next.InvokeAsync<JoinResult>(CollabRoutes.JoinDocument, documentId, timeout.Token);
        byte[] step1;
        lock (gate)
        {
            var writer = new Lib0Writer();
            SyncProtocol.WriteSyncStep1(writer, doc);
            step1 = ProtocolMessage.EncodeSync(writer.ToArray());
        }

        await next.InvokeAsync(CollabRoutes.SendMessage, documentId, step1, timeout.Token);
    }

    /// <summary>Waits until the step 2 answering the server's last step 1 is acknowledged.</summary>
    public async Task ResyncedAsync()
    {
        Task pending;
        lock (gate)
        {
            pending = resync;
        }

        await pending.WaitAsync(Eventually.Timeout);
    }

    /// <summary>One edit; sent if connected, kept locally either way.</summary>
    public void Edit(Random random)
    {
        byte[]? update = null;
        string marker;
        HubConnection? current;
        lock (gate)
        {
            marker = $"[{name}{sequence++}]";
            var text = doc.GetText("content");
            var content = text.ToString();
            var boundaries = new List<int> { 0 };
            for (var i = content.IndexOf(']', StringComparison.Ordinal); i >= 0; i = content.IndexOf(']', i + 1))
            {
                boundaries.Add(i + 1);
            }

            void Capture(byte[] u, object? origin, Transaction t) => update = u;
            doc.Update += Capture;
            text.Insert(boundaries[random.Next(boundaries.Count)], marker);
            doc.Update -= Capture;
            written.Add(marker);
            current = connection;
        }

        if (current is null || current.State != HubConnectionState.Connected)
        {
            return;
        }

        var frame = PeerDocument.FrameUpdate(update!);
        _ = current.InvokeAsync(CollabRoutes.SendMessage, documentId, frame).ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    lock (gate)
                    {
                        acknowledged.Add(marker);
                    }
                }
            },
            TaskScheduler.Default);
    }

    private void Receive(HubConnection from, byte[] frame)
    {
        lock (gate)
        {
            var message = ProtocolMessage.Decode(frame);
            if (message.Type != ProtocolMessageType.Sync)
            {
                return;
            }

            var reply = new Lib0Writer();
            SyncProtocol.ReadSyncMessage(new Lib0Reader(message.Payload), reply, doc, Remote);
            if (reply.Length > 0)
            {
                resync = from.InvokeAsync(CollabRoutes.SendMessage, documentId, ProtocolMessage.EncodeSync(reply.ToArray()));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
