using System.Collections.Concurrent;
using LessonStudy.Client.Connection;
using LessonStudy.Client.Documents;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.Crdt;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LessonStudy.Client;

/// <summary>
/// A connection to the collaboration hub holding any number of open documents
/// (<see cref="JoinAsync"/>). When the connection drops it reconnects on its own — to whatever
/// <see cref="CollabClientOptions.ServerAddress"/> says then — and rejoins and resyncs every open
/// document, sending again the local edits that were not yet acknowledged.
/// </summary>
public sealed partial class CollabClient : IAsyncDisposable
{
    private readonly CollabClientOptions options;
    private readonly ILogger logger;
    private readonly ConcurrentDictionary<string, DocumentSession> sessions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource disposing = new();
    private readonly object gate = new();
    private readonly ITimer awarenessTimer;
    private LiveConnection? current;
    private TaskCompletionSource<LiveConnection> connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task loop = Task.CompletedTask;

    private CollabClient(CollabClientOptions options)
    {
        this.options = options;
        logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger<CollabClient>();
        awarenessTimer = options.TimeProvider.CreateTimer(_ => CheckAwareness(), null, options.AwarenessCheckInterval, options.AwarenessCheckInterval);
    }

    public CollabConnectionState State { get; private set; } = CollabConnectionState.Reconnecting;

    /// <summary>Raised when the connection is lost, is back, or the client is disposed.</summary>
    public event Action<CollabConnectionState>? StateChanged;

    /// <summary>The documents open on this client.</summary>
    public IReadOnlyCollection<DocumentSession> Documents => [.. sessions.Values];

    /// <summary>Connects; fails if the first connection cannot be made (later drops are retried forever).</summary>
    public static async Task<CollabClient> ConnectAsync(CollabClientOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = new CollabClient(options);
        try
        {
            var live = await client.OpenAsync(cancellationToken).ConfigureAwait(false);
            client.OnConnected(live);
            client.loop = client.RunAsync(live);
            return client;
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens a document and waits until it holds the server's state. <paramref name="doc"/> may
    /// already hold local content (it is sent); by default a fresh document is used.
    /// </summary>
    /// <exception cref="Microsoft.AspNetCore.SignalR.HubException">The server refused: no such document, no access, too many open.</exception>
    public async Task<DocumentSession> JoinAsync(string documentId, Doc? doc = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ObjectDisposedException.ThrowIf(disposing.IsCancellationRequested, this);
        var session = new DocumentSession(documentId, doc ?? new Doc(), options.TimeProvider, logger, Forget);
        if (!sessions.TryAdd(documentId, session))
        {
            session.Abandon();
            throw new InvalidOperationException($"Document {documentId} is already open on this client.");
        }

        try
        {
            var live = await WhenConnectedAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await session.AttachAsync(live, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!SendFailures.IsRejection(ex) && !cancellationToken.IsCancellationRequested && live.IsClosed)
            {
                // The connection dropped during the join; the reconnect rejoins every open document.
            }

            await session.WhenSyncedAsync(cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            sessions.TryRemove(new KeyValuePair<string, DocumentSession>(documentId, session));
            session.Abandon();
            throw;
        }
    }

    /// <summary>Waits until every open document's local edits are durable on the server.</summary>
    public async Task WhenSavedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var session in sessions.Values)
        {
            await session.WhenSavedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Leaves every document and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (gate)
        {
            if (disposing.IsCancellationRequested)
            {
                return;
            }

            disposing.Cancel();
        }

        await awarenessTimer.DisposeAsync().ConfigureAwait(false);
        foreach (var session in sessions.Values)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }

        LiveConnection? live;
        lock (gate)
        {
            live = current;
        }

        if (live is not null)
        {
            await live.Hub.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await loop.ConfigureAwait(false);
        SetState(CollabConnectionState.Disposed);
        disposing.Dispose();
    }

    private void Forget(DocumentSession session) =>
        sessions.TryRemove(new KeyValuePair<string, DocumentSession>(session.DocumentId, session));

    private void OnMessage(LiveConnection live, string documentId, byte[] frame)
    {
        if (sessions.TryGetValue(documentId, out var session))
        {
            session.OnFrame(live, frame);
        }
    }

    private void OnRights(LiveConnection live, JoinResult rights)
    {
        if (sessions.TryGetValue(rights.DocumentId, out var session))
        {
            session.OnRights(rights);
        }
    }

    private void CheckAwareness()
    {
        foreach (var session in sessions.Values)
        {
            session.CheckAwareness();
        }
    }

    private void SetState(CollabConnectionState state)
    {
        if (State != state)
        {
            State = state;
            StateChanged?.Invoke(state);
        }
    }
}
