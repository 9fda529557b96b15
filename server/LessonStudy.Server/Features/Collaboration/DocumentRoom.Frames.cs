using LessonStudy.Contracts.Collaboration;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;
using LessonStudy.Crdt.Types;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Server.Features.Collaboration;

internal sealed partial class DocumentRoom
{
    private void HandleFrame(FrameWork work, List<RoomWork> waiting)
    {
        try
        {
            if (!members.TryGetValue(work.ConnectionId, out var member))
            {
                throw new RoomRejectedException("This connection has not joined the document; call JoinDocument first.");
            }

            if (ApplyFrame(member, work.Frame))
            {
                waiting.Add(work);
                return;
            }

            work.Done.TrySetResult();
        }
        catch (RoomRejectedException e)
        {
            Reject(work, e);
        }
        catch (CrdtFormatException e)
        {
            Reject(work, new RoomRejectedException($"Malformed frame: {e.Message}", e));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            CollaborationLog.FrameFailed(logger, DocumentId, e);
            Reject(work, new RoomRejectedException("The frame could not be applied.", e));
        }
    }

    private void Reject(FrameWork work, RoomRejectedException e)
    {
        metrics.MessageRejected();
        CollaborationLog.FrameRejected(logger, DocumentId, work.ConnectionId, e.Message);
        work.Done.TrySetException(e);
    }

    /// <summary>Acts on one frame; true when its acknowledgement must wait for the group commit.</summary>
    private bool ApplyFrame(RoomMember member, byte[] frame)
    {
        var message = ProtocolMessage.Decode(frame, doc.Options.Limits);
        switch (message.Type)
        {
            case ProtocolMessageType.Sync:
                return ApplySync(member, message.Payload);
            case ProtocolMessageType.Awareness:
                ApplyAwareness(member, message.Payload, frame);
                return false;
            case ProtocolMessageType.QueryAwareness:
                Send(member.ConnectionId, ProtocolMessage.EncodeAwareness(awareness.EncodeAwarenessUpdate([.. awareness.States.Keys])));
                return false;
            default:
                throw new RoomRejectedException("Auth frames are not accepted: the server decides rights from the sign-in token.");
        }
    }

    private bool ApplySync(RoomMember member, ReadOnlyMemory<byte> payload)
    {
        var reader = new Lib0Reader(payload, doc.Options.Limits);
        var type = reader.ReadVarUint();
        switch (type)
        {
            case (ulong)SyncMessageType.SyncStep1:
                var stateVector = reader.ReadVarUint8Array();
                Doc.DecodeStateVector(stateVector, doc.Options.Limits); // validate before answering
                Send(member.ConnectionId, SyncFrames.Step2(doc, stateVector));
                return false;
            case (ulong)SyncMessageType.SyncStep2:
            case (ulong)SyncMessageType.Update:
                ApplyUpdate(member, reader.ReadVarUint8Array());
                return true;
            default:
                throw new CrdtFormatException($"Unknown sync message type {type}.");
        }
    }

    private void ApplyUpdate(RoomMember member, ReadOnlyMemory<byte> update)
    {
        if (!member.Rights.CanEdit)
        {
            // A read-only peer still answers our step 1 with a step 2 restating what we hold: fine.
            if (doc.WouldChange(update))
            {
                throw new RoomRejectedException("You may not edit this document now: the change was not applied.");
            }

            return;
        }

        var introduced = CheckAuthorship(member, update);
        applying = member;
        try
        {
            doc.ApplyUpdate(update, member);
        }
        finally
        {
            applying = null;
        }

        foreach (var client in introduced)
        {
            attribution.Claim(client, member.User.Id);
        }

        if (doc.HasPendingUpdates)
        {
            // Structs waiting for a missing dependency emit no update event yet, but the client will
            // take our acknowledgement as durable: keep its bytes as they came.
            unpersisted.Add(update.ToArray());
            hasUnpersisted = true;
        }
    }

    /// <summary>
    /// Attribution integrity: new content may only be introduced under client IDs that are new or
    /// already belong to this user. Returns the client IDs this update introduces for the first time.
    /// </summary>
    private List<ulong> CheckAuthorship(RoomMember member, ReadOnlyMemory<byte> update)
    {
        var meta = EncodedUpdates.ParseUpdateMeta(update, doc.Options.Limits);
        var state = doc.GetStateVector();
        var introduced = new List<ulong>();
        foreach (var (client, to) in meta.To)
        {
            if (to <= state.GetValueOrDefault(client))
            {
                continue; // nothing new from this client: a restatement
            }

            var owner = attribution.OwnerOf(client);
            if (owner is null)
            {
                introduced.Add(client);
            }
            else if (owner != member.User.Id)
            {
                throw new RoomRejectedException($"Client ID {client} belongs to another user: content may only be written under your own client IDs. Nothing was applied.");
            }
        }

        return introduced;
    }

    /// <summary>The server writes into the root text (a new plan's template): durable before it completes.</summary>
    private void AppendMarkdown(AppendWork work, List<RoomWork> waiting)
    {
        attribution.Claim(doc.ClientID, DocumentAttribution.ServerUser);
        doc.Transact(_ => content.Insert(content.Length, work.Markdown), ServerOrigin);
        waiting.Add(work);
    }

    private static readonly object ServerOrigin = new();

    /// <summary>Counts what each user inserted into and deleted from the root text.</summary>
    private void OnContentChanged(YTextEvent textEvent, Transaction transaction)
    {
        var user = transaction.Origin switch
        {
            RoomMember member => member.User.Id,
            _ when transaction.Origin == ServerOrigin => DocumentAttribution.ServerUser,
            _ => null,
        };
        if (user is null)
        {
            return;
        }

        long inserted = 0;
        long deleted = 0;
        foreach (var op in textEvent.Delta)
        {
            if (op.Insert is string text)
            {
                inserted += text.Length;
            }
            else if (op.Delete is { } count)
            {
                deleted += count;
            }
        }

        attribution.Count(user, inserted, deleted);
    }

    private void OnDocumentUpdate(byte[] update, object? origin, Transaction transaction)
    {
        unpersisted.Add(update);
        hasUnpersisted = true;
        metrics.UpdateApplied();
        Broadcast(SyncFrames.Update(update), except: (origin as RoomMember ?? applying)?.ConnectionId);
    }

    private void ApplyAwareness(RoomMember member, ReadOnlyMemory<byte> update, byte[] frame)
    {
        var entries = Awareness.DecodeAwarenessUpdate(update);
        foreach (var (client, _, _) in entries)
        {
            if (awarenessOwners.TryGetValue(client, out var owner) && owner != member)
            {
                throw new RoomRejectedException($"Awareness client {client} belongs to another connection.");
            }
        }

        awareness.ApplyAwarenessUpdate(update, member);
        foreach (var (client, _, _) in entries)
        {
            // Track what the awareness actually holds: a first state at clock 0, for one, is ignored.
            if (!awareness.States.ContainsKey(client))
            {
                member.AwarenessClients.Remove(client);
                awarenessOwners.Remove(client);
            }
            else
            {
                member.AwarenessClients.Add(client);
                awarenessOwners[client] = member;
            }
        }

        Broadcast(frame, except: member.ConnectionId);
    }

    private void DropOutdatedAwareness()
    {
        awareness.CheckOutdated();
        foreach (var (client, owner) in awarenessOwners.ToArray())
        {
            if (!awareness.States.ContainsKey(client))
            {
                awarenessOwners.Remove(client);
                owner.AwarenessClients.Remove(client);
            }
        }
    }

    private void Send(string connectionId, byte[] frame) =>
        Observe(hub.Clients.Client(connectionId).ReceiveMessage(DocumentId, frame));

    private void SendRights(string connectionId, JoinResult rights) =>
        Observe(hub.Clients.Client(connectionId).RightsChanged(rights));

    private void Broadcast(byte[] frame, string? except)
    {
        if (members.Count == 0 || (members.Count == 1 && except is not null && members.ContainsKey(except)))
        {
            return;
        }

        var targets = new List<string>(members.Count);
        foreach (var id in members.Keys)
        {
            if (id != except)
            {
                targets.Add(id);
            }
        }

        Observe(hub.Clients.Clients(targets).ReceiveMessage(DocumentId, frame));
    }

    /// <summary>
    /// Sends are not awaited in the loop, so one slow connection cannot stall the room; SignalR keeps
    /// each connection's messages in order. Failures (a connection that just dropped) are logged.
    /// </summary>
    private void Observe(Task send)
    {
        if (send.IsCompletedSuccessfully)
        {
            return;
        }

        send.ContinueWith(
            static (t, state) =>
            {
                var room = (DocumentRoom)state!;
                CollaborationLog.SendFailed(room.logger, room.DocumentId, t.Exception!.GetBaseException());
            },
            this,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
