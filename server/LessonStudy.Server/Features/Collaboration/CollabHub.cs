using LessonStudy.Contracts.Collaboration;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// The collaboration hub (DESIGN.md, fixed contract; docs/protocol.md). Thin on purpose: it checks who
/// is asking, for which document, with which rights, and within which limits, then hands the frame to
/// the document's room. Rights come from <see cref="IDocumentAccessPolicy"/>, never from the client.
/// </summary>
[Authorize]
internal sealed class CollabHub(
    RoomRegistry registry,
    IDocumentAccessPolicy policy,
    IOptions<CollaborationOptions> options,
    CollaborationMetrics metrics) : Hub<ICollabClient>, ICollabHub
{
    private const string NotFound = "The document does not exist or you may not open it.";

    public override Task OnConnectedAsync()
    {
        Context.Items[typeof(ConnectionDocuments)] = new ConnectionDocuments(options.Value);
        metrics.ConnectionOpened();
        return base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        metrics.ConnectionClosed();
        using var documents = Documents;
        foreach (var room in documents.Rooms)
        {
            await registry.LeaveAsync(room, Context.ConnectionId).ConfigureAwait(false);
        }

        documents.Clear();
        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    public async Task<JoinResult> JoinDocument(string documentId)
    {
        var user = Caller;
        if (!ResourceId.IsValid(documentId))
        {
            throw new HubException(NotFound);
        }

        var rights = await policy.GetRightsAsync(user, documentId, Context.ConnectionAborted).ConfigureAwait(false)
            ?? throw new HubException(NotFound);
        var documents = Documents;
        if (!documents.TryGet(documentId, out _))
        {
            if (documents.Count >= options.Value.MaxDocumentsPerConnection)
            {
                throw new HubException($"A connection may hold at most {options.Value.MaxDocumentsPerConnection} documents; leave one first.");
            }

            try
            {
                var room = await registry.JoinAsync(documentId, new RoomMember(Context.ConnectionId, user, rights), Context.ConnectionAborted).ConfigureAwait(false);
                documents.Add(room);
                await Groups.AddToGroupAsync(Context.ConnectionId, HubPlanEventPublisher.GroupOf(documentId)).ConfigureAwait(false);
            }
            catch (RoomRejectedException e)
            {
                throw new HubException(e.Message);
            }
        }
        else
        {
            // Joining again refreshes the rights and restarts the sync exchange.
            await registry.RejoinAsync(documentId, new RoomMember(Context.ConnectionId, user, rights)).ConfigureAwait(false);
        }

        return new JoinResult(documentId, rights.Stage, rights.Round, rights.CanEdit, rights.CanComment);
    }

    public async Task SendMessage(string documentId, byte[] message)
    {
        _ = Caller;
        var documents = Documents;
        if (documentId is null || !documents.TryGet(documentId, out var room))
        {
            throw new HubException("Join the document before sending to it.");
        }

        if (message is null || message.Length == 0)
        {
            metrics.MessageRejected();
            throw new HubException("Malformed frame: it is empty.");
        }

        using var lease = documents.Limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            metrics.MessageRejected();
            throw new HubException($"Too many messages: at most {options.Value.MessagesPerSecond} per second (bursts of {options.Value.MessageBurst}). The message was not applied; send it again.");
        }

        try
        {
            await room.SubmitAsync(Context.ConnectionId, message).ConfigureAwait(false);
        }
        catch (RoomRejectedException e)
        {
            throw new HubException(e.Message);
        }
    }

    public async Task LeaveDocument(string documentId)
    {
        if (documentId is not null && Documents.Remove(documentId, out var room))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubPlanEventPublisher.GroupOf(documentId)).ConfigureAwait(false);
            await registry.LeaveAsync(room, Context.ConnectionId).ConfigureAwait(false);
        }
    }

    private UserIdentity Caller => UserIdentity.From(Context.User) ?? throw new HubException("Sign in first: the token carries no user.");

    private ConnectionDocuments Documents => (ConnectionDocuments)Context.Items[typeof(ConnectionDocuments)]!;
}
