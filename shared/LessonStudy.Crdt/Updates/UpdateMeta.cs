namespace LessonStudy.Crdt.Updates;

/// <summary>
/// The clock range an update covers per client (yjs <c>parseUpdateMeta</c>): structs of a client
/// start at <see cref="From"/> and end before <see cref="To"/>. Clients are in the order the
/// update lists them.
/// </summary>
public sealed record UpdateMeta(IReadOnlyDictionary<ulong, long> From, IReadOnlyDictionary<ulong, long> To);
