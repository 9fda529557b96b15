namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// <c>data</c> of <c>observation.note</c> and <c>observation.summary</c> on the analysis stream (docs/storage.md).
/// <see cref="Action"/>: <c>started</c> (the lesson clock), <c>added</c>, <c>edited</c>, <c>deleted</c> (a note),
/// <c>saved</c> (the summary).
/// </summary>
public sealed record ObservationEvent(
    string ObservationId,
    string VersionId,
    string Action,
    string? NoteId = null,
    int? OffsetSeconds = null,
    string? Text = null,
    string? Category = null,
    string? Section = null,
    string? Highlight = null,
    string? Weakness = null,
    string? Suggestion = null);
