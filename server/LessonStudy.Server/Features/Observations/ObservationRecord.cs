using LessonStudy.Server.Features.Comments;

namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// The blob <c>plans/{planId}/observations/{observationId}.json</c> (schema version 1, docs/storage.md): one
/// observer's 听课记录 of one round, on the 授课版 (<see cref="VersionId"/>, frozen when the round entered 跟踪).
/// The ID is derived from plan, observer and round (<see cref="ObservationIds"/>), so each observer keeps exactly
/// one per round. Notes carry the seconds since <see cref="LessonStartedAt"/> (the observer starts the lesson
/// clock) and the wall time; deleting a note keeps it (<see cref="ObservationNoteRecord.DeletedAt"/>) for analysis.
/// </summary>
public sealed record ObservationRecord(
    int SchemaVersion,
    string Id,
    string PlanId,
    int Round,
    string ObserverId,
    string ObserverName,
    string VersionId,
    DateTimeOffset? LessonStartedAt,
    IReadOnlyList<ObservationNoteRecord> Notes,
    ObservationSummaryRecord? Summary,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : IFeedbackRecord
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Whether the observer did anything: started the clock, noted, or summarised.</summary>
    public bool Active => LessonStartedAt is not null || Notes.Any(n => n.DeletedAt is null) || Summary is not null;

    /// <summary>When the lesson was observed: the clock's start, else the first note, else the summary.</summary>
    public DateTimeOffset? ObservedAt => LessonStartedAt ?? Notes.FirstOrDefault(n => n.DeletedAt is null)?.At ?? Summary?.At;
}

/// <summary>
/// A timestamped note: <see cref="OffsetSeconds"/> since the lesson started, <see cref="At"/> the wall time; anchored
/// to a <see cref="Section"/> heading of the 授课版 and/or a text range (<see cref="Start"/>/<see cref="End"/>, base64
/// yjs relative positions resolved against the 授课版's state, with the <see cref="Quote"/>).
/// </summary>
public sealed record ObservationNoteRecord(
    string Id,
    int OffsetSeconds,
    DateTimeOffset At,
    string Text,
    string? Category,
    string? Section,
    string? Quote,
    string? Start,
    string? End,
    DateTimeOffset? EditedAt,
    IReadOnlyList<TextEditRecord> Edits,
    DateTimeOffset? DeletedAt);

/// <summary>The closing 三个一: 亮点 (<see cref="Highlight"/>), 不足 (<see cref="Weakness"/>), 建议 (<see cref="Suggestion"/>).</summary>
public sealed record ObservationSummaryRecord(string Highlight, string Weakness, string Suggestion, string Stage, DateTimeOffset At);
