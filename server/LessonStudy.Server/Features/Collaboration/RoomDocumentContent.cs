using LessonStudy.Contracts.Collaboration;
using LessonStudy.Contracts.LessonStudy;
using Microsoft.AspNetCore.SignalR;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// <see cref="IDocumentContent"/> and <see cref="IClientAttribution"/> through the rooms: a read or a
/// server edit is one more work item in the document's loop, so it never races with co-editing.
/// </summary>
internal sealed class RoomDocumentContent(RoomRegistry registry) : IDocumentContent, IClientAttribution
{
    public Task<DocumentSnapshot> ReadAsync(string documentId, CancellationToken cancellationToken) =>
        UseAsync(documentId, async room => (await room.SnapshotAsync().ConfigureAwait(false)).Snapshot!, cancellationToken);

    public Task AppendMarkdownAsync(string documentId, string markdown, CancellationToken cancellationToken) =>
        UseAsync(
            documentId,
            async room =>
            {
                await room.AppendMarkdownAsync(markdown).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    public Task<IReadOnlyDictionary<ulong, string>> GetAsync(string documentId, CancellationToken cancellationToken) =>
        UseAsync(documentId, async room => (await room.SnapshotAsync().ConfigureAwait(false)).Owners!, cancellationToken);

    private async Task<T> UseAsync<T>(string documentId, Func<DocumentRoom, Task<T>> use, CancellationToken cancellationToken)
    {
        try
        {
            return await registry.UseAsync(documentId, use, cancellationToken).ConfigureAwait(false);
        }
        catch (RoomRejectedException e)
        {
            throw new InvalidOperationException($"Document {documentId}: {e.Message}", e);
        }
    }
}

/// <summary>Plan events go to the hub group of the plan's document (every connection that joined it).</summary>
internal sealed class HubPlanEventPublisher(IHubContext<CollabHub, ICollabClient> hub) : IPlanEventPublisher
{
    public static string GroupOf(string documentId) => $"doc:{documentId}";

    public Task PublishAsync(PlanEventDto planEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planEvent);
        return hub.Clients.Group(GroupOf(planEvent.DocumentId)).PlanEvent(planEvent);
    }
}
