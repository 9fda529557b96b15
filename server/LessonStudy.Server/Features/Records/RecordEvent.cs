using System.Text.Json;

namespace LessonStudy.Server.Features.Records;

/// <summary>
/// One line of the analysis event stream (<c>events/{yyyy}/{mm}/{dd}/{node}-{hh}.jsonl</c>, docs/storage.md):
/// every transition, version, comment, disposition, observation and reflection, as it happened.
/// <see cref="Data"/> holds the kind's own fields (documented per kind in docs/storage.md).
/// </summary>
public sealed record RecordEvent(
    int SchemaVersion,
    string Id,
    string Kind,
    DateTimeOffset At,
    string UserId,
    string? GroupId,
    string? PlanId,
    int? Round,
    string? Stage,
    JsonElement Data)
{
    public const int CurrentSchemaVersion = 1;
}

/// <summary>Event kinds of the stream.</summary>
public static class RecordKinds
{
    public const string GroupCreated = "group.created";
    public const string GroupMemberSet = "group.member_set";
    public const string PlanCreated = "plan.created";
    public const string ObserverInvited = "plan.observer_invited";
    public const string PlansLinked = "plan.linked";
    public const string Transition = "plan.transition";
    public const string VersionFrozen = "version.frozen";
    public const string CommentCreated = "comment.created";
    public const string CommentReplied = "comment.replied";
    public const string CommentEdited = "comment.edited";
    public const string CommentDeleted = "comment.deleted";
    public const string CommentResolved = "comment.resolved";
    public const string DispositionSet = "comment.disposition";
    public const string ObservationNote = "observation.note";
    public const string ObservationSummary = "observation.summary";
    public const string Reflection = "reflection.saved";
}
