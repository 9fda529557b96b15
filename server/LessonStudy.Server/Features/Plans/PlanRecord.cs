namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// The blob <c>plans/{planId}/plan.json</c> (schema version 1, docs/storage.md): metadata, stage, round
/// and the whole transition history. The plan's Markdown lives in its document (<see cref="DocumentId"/>,
/// root Y.Text <c>content</c>). Written only by ETag-guarded read-modify-write.
/// </summary>
public sealed record PlanRecord(
    int SchemaVersion,
    string Id,
    string GroupId,
    string Title,
    string Subject,
    string Grade,
    string Lesson,
    string TeacherId,
    string TeacherName,
    string DocumentId,
    PlanStage Stage,
    int Round,
    IReadOnlyList<PlanObserverRecord> Observers,
    IReadOnlyList<string> LinkedPlanIds,
    IReadOnlyList<TransitionRecord> Transitions,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string? CopiedFromPlanId)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>When the current stage began (the last transition, or creation).</summary>
    public DateTimeOffset StageSince => Transitions.Count > 0 ? Transitions[^1].At : CreatedAt;
}

/// <summary>An invited 观课教师.</summary>
public sealed record PlanObserverRecord(string UserId, string DisplayName, string InvitedBy, DateTimeOffset InvitedAt);

/// <summary>One stage change, with the version it froze.</summary>
public sealed record TransitionRecord(
    PlanStage From,
    PlanStage To,
    int Round,
    string ByUserId,
    DateTimeOffset At,
    string? VersionId,
    bool ConfirmedUndisposed,
    int UndisposedSuggestions);
