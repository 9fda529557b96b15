using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Sync;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Features.Persistence.Log;
using Microsoft.AspNetCore.SignalR;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// One open document. The room owns the engine document and its awareness and does everything to them
/// in one loop, one work item at a time: frames are applied in the order they arrive, each applied
/// update is broadcast to the other connections at once, and the updates of a batch are persisted in
/// one append (group commit) before any frame of that batch is acknowledged. Until the document has
/// loaded nothing is served; if loading fails the room never serves nor writes anything.
/// </summary>
[SuppressMessage("Reliability", "CA2213:Disposable fields should be disposed", Justification = "Disposed when the loop ends.")]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The room's lifetime is its loop: CloseAsync ends it and disposes the awareness.")]
internal sealed partial class DocumentRoom
{
    // Not SingleReader: that variant cannot count its queue, which IsQuiet needs.
    private readonly Channel<RoomWork> inbox = Channel.CreateUnbounded<RoomWork>();
    private readonly Dictionary<string, RoomMember> members = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, RoomMember> awarenessOwners = [];
    private readonly List<ReadOnlyMemory<byte>> unpersisted = [];
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IDocumentLog log;
    private readonly IHubContext<CollabHub, ICollabClient> hub;
    private readonly CollaborationOptions options;
    private readonly CollaborationMetrics metrics;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Doc doc = new(new DocOptions { Gc = true });
    private readonly Awareness awareness;
    private readonly Task loop;
    private RoomMember? applying;
    private long lastActivity;
    private volatile int memberCount;
    private volatile bool hasUnpersisted;

    public DocumentRoom(
        string documentId,
        IDocumentLog log,
        IHubContext<CollabHub, ICollabClient> hub,
        CollaborationOptions options,
        CollaborationMetrics metrics,
        TimeProvider time,
        ILogger logger,
        Task? previousClose)
    {
        DocumentId = documentId;
        this.log = log;
        this.hub = hub;
        this.options = options;
        this.metrics = metrics;
        this.time = time;
        this.logger = logger;
        awareness = new Awareness(doc, time);
        awareness.SetLocalState(null); // the server is not a participant
        lastActivity = time.GetTimestamp();
        loop = RunAsync(previousClose ?? Task.CompletedTask);
    }

    public string DocumentId { get; }

    /// <summary>Connections holding the room (joins in flight included); guarded by the registry's lock.</summary>
    public int Leases { get; set; }

    /// <summary>Whether loading failed: such a room is dropped and the next join tries again.</summary>
    public bool Failed => loaded.Task.IsFaulted;

    /// <summary>No connection, nothing waiting to be persisted, and idle for <paramref name="idleFor"/>.</summary>
    public bool IsQuiet(TimeSpan idleFor) =>
        memberCount == 0 && !hasUnpersisted && inbox.Reader.Count == 0
        && time.GetElapsedTime(Interlocked.Read(ref lastActivity)) >= idleFor;

    /// <summary>Waits for the document to load, then adds the member; its first frames are sent from the loop.</summary>
    public async Task JoinAsync(RoomMember member, CancellationToken cancellationToken)
    {
        await loaded.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await Enqueue(new JoinWork(member)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task LeaveAsync(string connectionId) => Enqueue(new LeaveWork(connectionId));

    /// <summary>Applies one frame; completes when any update it carries is durable (the acknowledgement).</summary>
    public Task SubmitAsync(string connectionId, byte[] frame) =>
        Enqueue(new FrameWork(connectionId, frame, time.GetTimestamp()));

    public Task SetRightsAsync(string connectionId, DocumentRights? rights) => Enqueue(new RightsWork(connectionId, rights));

    public async Task<IReadOnlyList<RoomMember>> GetMembersAsync()
    {
        var work = new MembersWork();
        await Enqueue(work).ConfigureAwait(false);
        return work.Members;
    }

    public Task TickAsync() => Enqueue(new TickWork(), isActivity: false);

    /// <summary>Stops taking work, finishes what was queued (persisting it), and ends the loop.</summary>
    public async Task CloseAsync()
    {
        inbox.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    private Task Enqueue(RoomWork work, bool isActivity = true)
    {
        if (isActivity)
        {
            Interlocked.Exchange(ref lastActivity, time.GetTimestamp());
        }

        if (!inbox.Writer.TryWrite(work))
        {
            work.Done.TrySetException(new RoomRejectedException("The document is closing; join it again."));
        }

        return work.Done.Task;
    }

    private async Task RunAsync(Task previousClose)
    {
        await Task.Yield();
        try
        {
            // The previous room of this document may still be persisting or compacting.
            await previousClose.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Its failure was logged by that room; what it persisted is what we load.
        }

        if (!await LoadAsync().ConfigureAwait(false))
        {
            inbox.Writer.TryComplete();
            await foreach (var work in inbox.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                work.Done.TrySetException(new RoomRejectedException(LoadFailedMessage));
            }

            return;
        }

        doc.Update += OnDocumentUpdate;
        var batch = new List<RoomWork>(options.MaxBatch);
        var waiting = new List<FrameWork>();
        while (await inbox.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < options.MaxBatch && inbox.Reader.TryRead(out var work))
            {
                batch.Add(work);
            }

            foreach (var work in batch)
            {
                Handle(work, waiting);
            }

            batch.Clear();
            await CommitAsync(waiting).ConfigureAwait(false);
            waiting.Clear();
            await CompactIfDueAsync().ConfigureAwait(false);
        }

        // Closing: a document that goes idle leaves a snapshot, so loading it next time is one read.
        if (log.UncompactedBytes > 0)
        {
            await CompactAsync().ConfigureAwait(false);
        }

        awareness.Dispose();
    }

    private void Handle(RoomWork work, List<FrameWork> waiting)
    {
        switch (work)
        {
            case FrameWork frame:
                HandleFrame(frame, waiting);
                return;
            case JoinWork join:
                AddMember(join.Member);
                break;
            case LeaveWork leave:
                RemoveMember(leave.ConnectionId);
                break;
            case RightsWork rights:
                ChangeRights(rights.ConnectionId, rights.Rights);
                break;
            case MembersWork list:
                list.Members = [.. members.Values];
                break;
            case TickWork:
                DropOutdatedAwareness();
                break;
        }

        work.Done.TrySetResult();
    }

    private void AddMember(RoomMember member)
    {
        if (members.TryGetValue(member.ConnectionId, out var existing))
        {
            existing.Rights = member.Rights; // a second join: keep its awareness, restart the sync exchange
        }
        else
        {
            members[member.ConnectionId] = member;
            memberCount = members.Count;
        }

        Send(member.ConnectionId, SyncFrames.Step1(doc));
        if (awareness.States.Count > 0)
        {
            Send(member.ConnectionId, ProtocolMessage.EncodeAwareness(awareness.EncodeAwarenessUpdate([.. awareness.States.Keys])));
        }
    }

    private void RemoveMember(string connectionId)
    {
        if (!members.Remove(connectionId, out var member))
        {
            return;
        }

        memberCount = members.Count;
        if (member.AwarenessClients.Count > 0)
        {
            ulong[] clients = [.. member.AwarenessClients];
            foreach (var client in clients)
            {
                awarenessOwners.Remove(client);
            }

            awareness.RemoveAwarenessStates(clients, member);
            Broadcast(ProtocolMessage.EncodeAwareness(awareness.EncodeAwarenessUpdate(clients)), except: null);
        }
    }

    private void ChangeRights(string connectionId, DocumentRights? rights)
    {
        if (!members.TryGetValue(connectionId, out var member))
        {
            return;
        }

        if (rights is null)
        {
            RemoveMember(connectionId);
            SendRights(connectionId, new JoinResult(DocumentId, member.Rights.Stage, member.Rights.Round, false, false));
            return;
        }

        member.Rights = rights;
        SendRights(connectionId, new JoinResult(DocumentId, rights.Stage, rights.Round, rights.CanEdit, rights.CanComment));
    }
}
