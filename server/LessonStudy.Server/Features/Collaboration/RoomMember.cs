using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Documents;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// One connection's presence in one room. Its rights are the server's, evaluated at join and replaced
/// when they change; the room reads them on every frame. Touched only from the room's loop.
/// </summary>
internal sealed class RoomMember(string connectionId, UserIdentity user, DocumentRights rights)
{
    public string ConnectionId { get; } = connectionId;

    public UserIdentity User { get; } = user;

    public DocumentRights Rights { get; set; } = rights;

    /// <summary>Awareness client IDs this connection introduced; removed for everyone when it leaves.</summary>
    public HashSet<ulong> AwarenessClients { get; } = [];
}
