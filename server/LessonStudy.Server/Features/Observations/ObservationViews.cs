using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Features.Observations;

/// <summary>听课记录 as the API shows them: deleted notes left out.</summary>
public static class ObservationViews
{
    public static ObservationDto ToDto(ObservationRecord record) => new(
        record.Id,
        record.PlanId,
        record.Round,
        record.ObserverId,
        record.ObserverName,
        record.VersionId,
        record.LessonStartedAt,
        [.. record.Notes.Where(n => n.DeletedAt is null).Select(ToDto)],
        record.Summary is null ? null : ToDto(record.Summary),
        record.CreatedAt,
        record.UpdatedAt);

    public static ObservationNoteDto ToDto(ObservationNoteRecord note) =>
        new(note.Id, note.OffsetSeconds, note.At, note.Text, note.Category, note.Section, note.Quote, note.Start, note.End, note.EditedAt);

    public static ObservationSummaryDto ToDto(ObservationSummaryRecord summary) =>
        new(summary.Highlight, summary.Weakness, summary.Suggestion, summary.At);
}
