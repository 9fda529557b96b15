namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// The blob <c>groups/{groupId}.json</c> (schema version 1, docs/storage.md): a 备课组 and its people.
/// Written only by ETag-guarded read-modify-write.
/// </summary>
public sealed record GroupRecord(
    int SchemaVersion,
    string Id,
    string Name,
    string School,
    string Subject,
    string Grade,
    IReadOnlyList<GroupMemberRecord> Members,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    public const int CurrentSchemaVersion = 1;

    public GroupMemberRecord? Find(string userId) => Members.FirstOrDefault(m => m.UserId == userId);
}

/// <summary>One person of a 备课组: <see cref="PlanRole.Leader"/> or <see cref="PlanRole.Member"/>.</summary>
public sealed record GroupMemberRecord(string UserId, string DisplayName, PlanRole Role, DateTimeOffset AddedAt);
