namespace LessonStudy.Contracts.Collaboration;

/// <summary>
/// Client → server methods of the collaboration hub. Every frame is one y-protocols message framed as
/// y-websocket frames it: a varuint message type (<see cref="FrameType"/>), then that message's payload.
/// </summary>
public interface ICollabHub
{
    /// <summary>Opens a document for this connection. Right after it, the server sends a sync step 1
    /// and the current awareness states through <see cref="ICollabClient.ReceiveMessage"/>.</summary>
    Task<JoinResult> JoinDocument(string documentId);

    /// <summary>Sends one frame. Completes only after any update it carries is durable in storage.</summary>
    Task SendMessage(string documentId, byte[] message);

    /// <summary>Closes a document for this connection; its awareness states are removed.</summary>
    Task LeaveDocument(string documentId);
}
