namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// One document's durable history: the latest snapshot plus an append-only log of updates (v1 yjs
/// updates). A room holds one and calls it from its single writer loop only: never two calls at once.
/// Layout in <c>docs/storage.md</c>.
/// </summary>
public interface IDocumentLog
{
    /// <summary>
    /// Reads the latest readable snapshot and every log record not covered by it. A torn or corrupt
    /// record tail is logged and skipped. Throws <see cref="DocumentLoadException"/> when the document
    /// cannot be read completely (storage unreachable, no readable snapshot where one is referenced):
    /// the caller must then neither serve nor write the document.
    /// </summary>
    Task<IReadOnlyList<ReadOnlyMemory<byte>>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Appends the updates as one write (group commit). Returns only when they are durable. Must follow
    /// a successful <see cref="LoadAsync"/>.
    /// </summary>
    Task AppendAsync(IReadOnlyList<ReadOnlyMemory<byte>> updates, CancellationToken cancellationToken);

    /// <summary>Bytes of log records not yet covered by a snapshot; the room compacts past a threshold.</summary>
    long UncompactedBytes { get; }

    /// <summary>
    /// Writes a snapshot whose content is <paramref name="state"/> (a v1 update holding everything loaded
    /// and appended through this log), and only then removes the log segments and older snapshots it
    /// covers. Safe against a crash at any step.
    /// </summary>
    Task CompactAsync(ReadOnlyMemory<byte> state, CancellationToken cancellationToken);
}
