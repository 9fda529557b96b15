namespace LessonStudy.Contracts.LessonStudy;

/// <summary>
/// Answer of <c>GET /api/plans/{id}/versions/{versionId}/stats</c>: how much each member changed between the
/// previous version and this one (characters added and removed, from the document's CRDT history).
/// </summary>
public sealed record VersionStatsDto(
    string PlanId,
    string VersionId,
    string Name,
    int Round,
    string Stage,
    DateTimeOffset CreatedAt,
    string? PreviousVersionId,
    int Added,
    int Removed,
    IReadOnlyList<MemberStatsDto> Members);

/// <summary>One member's share of a version's changes, most active first.</summary>
public sealed record MemberStatsDto(string UserId, string DisplayName, int Added, int Removed);
