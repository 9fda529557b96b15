using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Features.Rendering.Compare;

/// <summary>
/// Compares two versions of a plan by section and by line, and says who wrote each change: added and
/// changed text is attributed through the newer version's authorship runs, removed text through the older
/// version's ("originally by"). Sections are matched by heading text (the n-th "设计意图" with the n-th);
/// the result follows the newer version's order, a removed section placed where it used to be.
/// Pure and thread-safe.
/// </summary>
public sealed class VersionComparer
{
    public VersionCompareDto Compare(VersionRecord from, VersionRecord to, IReadOnlyDictionary<string, string> displayNames)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(displayNames);

        var oldSections = MarkdownSections.Split(from.Markdown);
        var newSections = MarkdownSections.Split(to.Markdown);
        var lines = new SectionLines(AuthorshipMap.Of(from), AuthorshipMap.Of(to));

        var sections = new List<CompareSectionDto>();
        foreach (var (oldSection, newSection) in Align(oldSections, newSections))
        {
            sections.Add(lines.Compare(oldSection, newSection));
        }

        var totals = new CompareSummaryDto(
            sections.Sum(s => s.Summary.Added), sections.Sum(s => s.Summary.Removed),
            sections.Sum(s => s.Summary.Changed), sections.Sum(s => s.Summary.Unchanged));
        return new VersionCompareDto(to.PlanId, Describe(from), Describe(to), Authors(sections, displayNames), totals, sections);
    }

    /// <summary>
    /// Sections paired by key, in the newer order; a section only in the old version comes right after the
    /// section that preceded it there (or first, if nothing did).
    /// </summary>
    internal static IEnumerable<(MarkdownSection? Old, MarkdownSection? New)> Align(
        IReadOnlyList<MarkdownSection> oldSections, IReadOnlyList<MarkdownSection> newSections)
    {
        var oldIndex = new Dictionary<(string, int), int>();
        for (var i = 0; i < oldSections.Count; i++)
        {
            oldIndex[oldSections[i].Key] = i;
        }

        var partners = newSections.Select(s => oldIndex.TryGetValue(s.Key, out var i) ? i : -1).ToList();
        var matched = new HashSet<int>(partners.Where(i => i >= 0));

        // Unmatched old sections, grouped by the matched old section they followed (-1: none).
        var removedAfter = new Dictionary<int, List<MarkdownSection>>();
        var anchor = -1;
        for (var i = 0; i < oldSections.Count; i++)
        {
            if (matched.Contains(i))
            {
                anchor = i;
            }
            else
            {
                (removedAfter.TryGetValue(anchor, out var list) ? list : removedAfter[anchor] = []).Add(oldSections[i]);
            }
        }

        foreach (var removed in removedAfter.GetValueOrDefault(-1) ?? [])
        {
            yield return (removed, null);
        }

        for (var n = 0; n < newSections.Count; n++)
        {
            var partner = partners[n];
            yield return (partner >= 0 ? oldSections[partner] : null, newSections[n]);
            foreach (var removed in partner >= 0 ? removedAfter.GetValueOrDefault(partner) ?? [] : [])
            {
                yield return (removed, null);
            }
        }
    }

    private static CompareVersionDto Describe(VersionRecord version) =>
        new(version.Id, version.Name, version.Round, version.Stage, version.CreatedAt);

    private static List<CompareAuthorDto> Authors(IEnumerable<CompareSectionDto> sections, IReadOnlyDictionary<string, string> displayNames)
    {
        var seen = new List<string>();
        foreach (var line in sections.SelectMany(s => s.Lines))
        {
            foreach (var id in line.AuthorIds.Concat(line.OriginalAuthorIds))
            {
                if (!seen.Contains(id, StringComparer.Ordinal))
                {
                    seen.Add(id);
                }
            }
        }

        return [.. seen.Select(id => new CompareAuthorDto(id, displayNames.TryGetValue(id, out var name) ? name : id))];
    }
}
