namespace LessonStudy.Server.Features.Versions;

/// <summary>
/// The blob <c>plans/{planId}/versions/{versionId}.json</c> (schema version 1, docs/storage.md): a frozen
/// version of a plan — its Markdown, the document state it was taken from (a v1 yjs update, base64 in
/// JSON), who wrote which part of the text, and how much each member changed since the previous version.
/// </summary>
public sealed record VersionRecord(
    int SchemaVersion,
    string Id,
    string PlanId,
    string Name,
    int Round,
    string Stage,
    string Kind,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string Markdown,
    byte[] State,
    IReadOnlyList<AuthoredRun> Authorship,
    IReadOnlyList<MemberChange> ChangesSincePrevious,
    string? PreviousVersionId)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// Every user's cumulative characters inserted and deleted in the document when the version was taken
    /// (<see cref="MemberChange.Added"/> = inserted, <see cref="MemberChange.Removed"/> = deleted), so that the
    /// next version's <see cref="ChangesSincePrevious"/> is a difference of two totals.
    /// </summary>
    public IReadOnlyList<MemberChange> EditTotals { get; init; } = [];

    /// <summary><see cref="Kind"/> of a version frozen by a stage transition.</summary>
    public const string TransitionKind = "transition";

    /// <summary><see cref="Kind"/> of a version saved on demand with a name.</summary>
    public const string ManualKind = "manual";
}

/// <summary>A run of the version's Markdown written by one user (UTF-16 offsets); null user = unknown/server.</summary>
public sealed record AuthoredRun(int Start, int Length, string? UserId);

/// <summary>Characters one member added and removed between the previous version and this one.</summary>
public sealed record MemberChange(string UserId, int Added, int Removed);
