using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Observations;

namespace LessonStudy.Server.Features.Reflections;

/// <summary>
/// Groups a round's observation notes by section of the 授课版 (in the order of its headings, notes outside any
/// section last) and by category (<see cref="CommentCategories"/>, then <see cref="Uncategorised"/>), and its
/// comments by category.
/// </summary>
public static class RoundSummaryBuilder
{
    /// <summary>The category of notes that have none.</summary>
    public const string Uncategorised = "none";

    private static readonly IReadOnlyList<string> NoteCategories = [.. CommentCategories.All, Uncategorised];

    public static RoundSummaryDto Build(
        string planId, int round, string? versionId, string? teachingMarkdown, IReadOnlyList<ObservationRecord> observations,
        IReadOnlyList<CommentDto> comments, ReflectionDto? reflection)
    {
        var notes = observations
            .SelectMany(o => o.Notes.Where(n => n.DeletedAt is null).Select(n => (Observation: o, Note: n)))
            .OrderBy(x => x.Note.OffsetSeconds)
            .ThenBy(x => x.Note.At)
            .ToList();

        var order = (teachingMarkdown is null ? [] : MarkdownSections.Headings(teachingMarkdown).Select(h => h.Heading))
            .Concat(notes.Select(x => x.Note.Section).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var sections = new List<SectionNotesDto>();
        foreach (var section in order.Cast<string?>().Append(null))
        {
            var inSection = notes.Where(x => x.Note.Section == section).ToList();
            if (inSection.Count == 0)
            {
                continue;
            }

            sections.Add(new SectionNotesDto(
                section,
                Counts(inSection.Select(x => x.Note.Category)),
                [.. inSection.Select(x => new SummaryNoteDto(
                    x.Observation.Id, x.Observation.ObserverId, x.Observation.ObserverName, x.Note.Id, x.Note.OffsetSeconds, x.Note.Text, x.Note.Category, x.Note.Quote))]));
        }

        var summaries = observations
            .OrderBy(o => o.ObservedAt)
            .Select(o => new ObserverSummaryDto(
                o.ObserverId, o.ObserverName, o.Notes.Count(n => n.DeletedAt is null), o.Summary is null ? null : ObservationViews.ToDto(o.Summary)))
            .ToList();

        var commentGroups = CommentCategories.All
            .Select(c =>
            {
                var inCategory = comments.Where(x => x.Category == c).ToList();
                return new CategoryCommentsDto(c, CommentCategories.ChineseName(c), inCategory.Count, inCategory);
            })
            .ToList();

        return new RoundSummaryDto(
            planId, round, versionId, observations.Count, Counts(notes.Select(x => x.Note.Category)), sections, summaries, commentGroups, reflection);
    }

    private static List<CategoryCountDto> Counts(IEnumerable<string?> categories)
    {
        var list = categories.Select(c => c ?? Uncategorised).ToList();
        return [.. NoteCategories.Select(c => new CategoryCountDto(c, c == Uncategorised ? "未分类" : CommentCategories.ChineseName(c), list.Count(x => x == c)))];
    }
}
