using LessonStudy.Contracts.Collaboration;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Features.Persistence.Log;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// The open rooms, one per document. A room is created by the first join, held by its connections
/// (leases), and unloaded by the janitor once it is quiet; a new room for the same document waits for
/// the old one to finish persisting before it loads. Also re-evaluates rights when they change.
/// </summary>
internal sealed class RoomRegistry(
    IDocumentLogFactory logs,
    IBlobStore store,
    IHubContext<CollabHub, ICollabClient> hub,
    IDocumentAccessPolicy policy,
    IOptions<CollaborationOptions> options,
    CollaborationMetrics metrics,
    TimeProvider time,
    ILogger<DocumentRoom> roomLogger) : IDocumentRightsListener
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DocumentRoom> rooms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> closing = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return rooms.Count;
            }
        }
    }

    /// <summary>Joins <paramref name="member"/> to the document's room, loading it first if needed.</summary>
    /// <exception cref="RoomRejectedException">The document could not be loaded.</exception>
    public async Task<DocumentRoom> JoinAsync(string documentId, RoomMember member, CancellationToken cancellationToken)
    {
        var room = Acquire(documentId);
        try
        {
            await room.JoinAsync(member, cancellationToken).ConfigureAwait(false);
            return room;
        }
        catch
        {
            Release(room);
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="use"/> on the document's room without joining it (versions, plan creation):
    /// the room is loaded if needed and held for the call; the janitor unloads it later when idle.
    /// </summary>
    /// <exception cref="RoomRejectedException">The document could not be loaded.</exception>
    public async Task<T> UseAsync<T>(string documentId, Func<DocumentRoom, Task<T>> use, CancellationToken cancellationToken)
    {
        var room = Acquire(documentId);
        try
        {
            await room.LoadedAsync(cancellationToken).ConfigureAwait(false);
            return await use(room).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Release(room);
        }
    }

    private DocumentRoom Acquire(string documentId)
    {
        lock (gate)
        {
            if (!rooms.TryGetValue(documentId, out var room))
            {
                closing.TryGetValue(documentId, out var previousClose);
                room = new DocumentRoom(documentId, logs.Open(documentId), store, hub, options.Value, metrics, time, roomLogger, previousClose);
                rooms[documentId] = room;
                metrics.DocumentLoaded();
            }

            room.Leases++;
            return room;
        }
    }

    /// <summary>A connection joins a document it holds again: fresh rights, a fresh sync exchange.</summary>
    public async Task RejoinAsync(string documentId, RoomMember member)
    {
        DocumentRoom? room;
        lock (gate)
        {
            rooms.TryGetValue(documentId, out room);
        }

        if (room is null)
        {
            throw new RoomRejectedException("The document was closed; join it again.");
        }

        await room.JoinAsync(member, CancellationToken.None).ConfigureAwait(false);
    }

    public async Task LeaveAsync(DocumentRoom room, string connectionId)
    {
        try
        {
            await room.LeaveAsync(connectionId).ConfigureAwait(false);
        }
        finally
        {
            Release(room);
        }
    }

    private void Release(DocumentRoom room)
    {
        lock (gate)
        {
            room.Leases--;
            if (room.Failed && room.Leases == 0 && rooms.TryGetValue(room.DocumentId, out var current) && current == room)
            {
                rooms.Remove(room.DocumentId);
                metrics.DocumentUnloaded();
            }
        }
    }

    /// <summary>One janitor pass: housekeeping in every room, and unloading of the quiet ones.</summary>
    public async Task SweepAsync()
    {
        DocumentRoom[] open;
        var unload = new List<DocumentRoom>();
        lock (gate)
        {
            open = [.. rooms.Values];
            foreach (var room in open)
            {
                if (room.Leases == 0 && (room.Failed || room.IsQuiet(options.Value.IdleUnloadAfter)))
                {
                    rooms.Remove(room.DocumentId);
                    unload.Add(room);
                }
            }
        }

        foreach (var room in unload)
        {
            metrics.DocumentUnloaded();
            Track(room);
        }

        foreach (var room in open)
        {
            if (!unload.Contains(room) && !room.Failed)
            {
                await room.TickAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Closes every room, persisting what is queued (host shutdown).</summary>
    public async Task CloseAllAsync()
    {
        DocumentRoom[] all;
        lock (gate)
        {
            all = [.. rooms.Values];
            rooms.Clear();
        }

        await Task.WhenAll(all.Select(room => room.CloseAsync())).ConfigureAwait(false);
        Task[] pending;
        lock (gate)
        {
            pending = [.. closing.Values];
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    public async Task RightsChangedAsync(string documentId, CancellationToken cancellationToken)
    {
        DocumentRoom? room;
        lock (gate)
        {
            rooms.TryGetValue(documentId, out room);
        }

        if (room is null || room.Failed)
        {
            return;
        }

        foreach (var member in await room.GetMembersAsync().WaitAsync(cancellationToken).ConfigureAwait(false))
        {
            var rights = await policy.GetRightsAsync(member.User, documentId, cancellationToken).ConfigureAwait(false);
            await room.SetRightsAsync(member.ConnectionId, rights).ConfigureAwait(false);
        }
    }

    private void Track(DocumentRoom room)
    {
        var close = CloseAsync(room);
        lock (gate)
        {
            closing[room.DocumentId] = close;
        }

        _ = close.ContinueWith(
            _ =>
            {
                lock (gate)
                {
                    if (closing.TryGetValue(room.DocumentId, out var current) && current == close)
                    {
                        closing.Remove(room.DocumentId);
                    }
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task CloseAsync(DocumentRoom room)
    {
        await room.CloseAsync().ConfigureAwait(false);
        CollaborationLog.DocumentUnloaded(roomLogger, room.DocumentId);
    }

}
