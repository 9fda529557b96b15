namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// Which user introduced each CRDT client ID in a document. The room records it as updates arrive and
/// refuses new content under a client ID that belongs to another user, so "who wrote what" is
/// trustworthy. Stored as <c>documents/{documentId}/clients.json</c> (docs/storage.md).
/// </summary>
public interface IClientAttribution
{
    /// <summary>Client ID → user ID for the document (empty when nobody has written yet).</summary>
    Task<IReadOnlyDictionary<ulong, string>> GetAsync(string documentId, CancellationToken cancellationToken);
}

/// <summary>Pushes plan events to every connection that has the document open.</summary>
public interface IPlanEventPublisher
{
    Task PublishAsync(LessonStudy.Contracts.LessonStudy.PlanEventDto planEvent, CancellationToken cancellationToken);
}
