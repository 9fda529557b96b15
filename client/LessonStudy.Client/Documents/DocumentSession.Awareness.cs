using LessonStudy.Client.Frames;
using LessonStudy.Crdt.Sync;

namespace LessonStudy.Client.Documents;

/// <summary>
/// Presence (cursor, name …) next to the document, as y-protocols awareness. We send only our own
/// state; the server relays the others' and removes a connection's states when it leaves or drops.
/// </summary>
public sealed partial class DocumentSession
{
    /// <summary>The origin of awareness changes caused by our connection dropping (others' states are forgotten until we are back).</summary>
    public const string ConnectionLostOrigin = "connection-lost";

    /// <summary>Raised (under the session's lock) when a state is added, changed or removed, with the origin.</summary>
    public event Action<AwarenessChanges, object?>? AwarenessChanged;

    /// <summary>Sets our awareness state (a JSON-like value; <c>null</c> = offline) and sends it.</summary>
    public void SetAwarenessState(object? state)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            awareness.SetLocalState(state);
        }
    }

    /// <summary>Sets one field of our awareness state and sends it.</summary>
    public void SetAwarenessField(string field, object? value)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            awareness.SetLocalStateField(field, value);
        }
    }

    /// <summary>A copy of every known state by client ID, ours included.</summary>
    public IReadOnlyDictionary<ulong, object> GetAwarenessStates()
    {
        lock (gate)
        {
            return new Dictionary<ulong, object>(awareness.States);
        }
    }

    /// <summary>The periodic renewal of our state and expiry of silent peers (called by the client's timer).</summary>
    internal void CheckAwareness()
    {
        lock (gate)
        {
            if (!closed)
            {
                awareness.CheckOutdated();
            }
        }
    }

    private void OnAwarenessUpdate(AwarenessChanges changes, object? origin)
    {
        if (ReferenceEquals(origin, remoteOrigin) || !Mentions(changes, ClientId))
        {
            return;
        }

        if (attached is { IsClosed: false } live)
        {
            Send(live, HubFrames.Awareness(awareness, [ClientId]), null);
        }
    }

    private void OnAwarenessChange(AwarenessChanges changes, object? origin) => AwarenessChanged?.Invoke(changes, origin);

    private static bool Mentions(AwarenessChanges changes, ulong client) =>
        changes.Added.Contains(client) || changes.Updated.Contains(client) || changes.Removed.Contains(client);
}
