namespace LessonStudy.Crdt.Sync;

/// <summary>
/// The outer message type of a y-websocket frame (the first varUint of every frame).
/// </summary>
public enum ProtocolMessageType
{
    /// <summary>A y-protocols sync message (<see cref="SyncMessageType"/> follows).</summary>
    Sync = 0,

    /// <summary>An awareness update, length-prefixed (varUint8Array).</summary>
    Awareness = 1,

    /// <summary>An auth message; the only one defined is permission denied (0) with a reason string.</summary>
    Auth = 2,

    /// <summary>A request for all awareness states; no payload.</summary>
    QueryAwareness = 3,
}
