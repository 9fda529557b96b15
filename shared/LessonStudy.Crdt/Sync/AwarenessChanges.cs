namespace LessonStudy.Crdt.Sync;

/// <summary>
/// The clients an awareness event concerns (y-protocols <c>{ added, updated, removed }</c>).
/// In a <see cref="Awareness.Change"/> event <see cref="Updated"/> holds only clients whose state
/// really changed; in <see cref="Awareness.Update"/> it holds every client whose state was renewed.
/// </summary>
public sealed record AwarenessChanges(IReadOnlyList<ulong> Added, IReadOnlyList<ulong> Updated, IReadOnlyList<ulong> Removed);

/// <summary>What awareness knows of a client besides its state (y-protocols <c>MetaClientState</c>).</summary>
/// <param name="Clock">The client's awareness clock; a state is accepted only with a newer clock.</param>
/// <param name="LastUpdated">When the state was last set or renewed, in Unix milliseconds.</param>
public readonly record struct AwarenessMeta(ulong Clock, long LastUpdated);
