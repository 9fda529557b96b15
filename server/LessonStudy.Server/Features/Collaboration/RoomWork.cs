using LessonStudy.Server.Features.Documents;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// One thing a room's loop does for someone: everything that touches the document or the members goes
/// through the room's inbox, so the document is only ever used by one thread at a time.
/// </summary>
internal abstract class RoomWork
{
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed class JoinWork(RoomMember member) : RoomWork
{
    public RoomMember Member { get; } = member;
}

internal sealed class LeaveWork(string connectionId) : RoomWork
{
    public string ConnectionId { get; } = connectionId;
}

/// <summary>A frame from a connection; <see cref="RoomWork.Done"/> completes when it is durable.</summary>
internal sealed class FrameWork(string connectionId, byte[] frame, long receivedAt) : RoomWork
{
    public string ConnectionId { get; } = connectionId;

    public byte[] Frame { get; } = frame;

    /// <summary>A <see cref="TimeProvider.GetTimestamp"/> value, for the acknowledgement latency.</summary>
    public long ReceivedAt { get; } = receivedAt;
}

internal sealed class RightsWork(string connectionId, DocumentRights? rights) : RoomWork
{
    public string ConnectionId { get; } = connectionId;

    /// <summary>The new rights, or null when the user may no longer read the document.</summary>
    public DocumentRights? Rights { get; } = rights;
}

/// <summary>Housekeeping: drop stale awareness states, retry a failed persist.</summary>
internal sealed class TickWork : RoomWork;

/// <summary>Who is in the room now (for re-evaluating rights outside the loop).</summary>
internal sealed class MembersWork : RoomWork
{
    public IReadOnlyList<RoomMember> Members { get; set; } = [];
}

/// <summary>Reads the document as it is now (for versions and plans).</summary>
internal sealed class SnapshotWork : RoomWork
{
    public DocumentSnapshot? Snapshot { get; set; }

    public IReadOnlyDictionary<ulong, string>? Owners { get; set; }
}

/// <summary>The server appends Markdown to the root text; <see cref="RoomWork.Done"/> completes when durable.</summary>
internal sealed class AppendWork(string markdown) : RoomWork
{
    public string Markdown { get; } = markdown;
}
