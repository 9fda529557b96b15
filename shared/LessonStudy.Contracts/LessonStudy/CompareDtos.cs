namespace LessonStudy.Contracts.LessonStudy;

/// <summary>
/// Answer of <c>GET /api/plans/{id}/compare?from={versionId}&amp;to={versionId}</c>: two versions compared by
/// section (sections matched by heading text) and, inside each, by line. Enough for a client to show the
/// comparison side by side (<see cref="CompareLineDto.OldText"/> | <see cref="CompareLineDto.NewText"/>) or
/// inline (removed then added), coloured by author (<see cref="Authors"/> is the legend).
/// </summary>
public sealed record VersionCompareDto(
    string PlanId,
    CompareVersionDto From,
    CompareVersionDto To,
    IReadOnlyList<CompareAuthorDto> Authors,
    CompareSummaryDto Totals,
    IReadOnlyList<CompareSectionDto> Sections);

public sealed record CompareVersionDto(string Id, string Name, int Round, string Stage, DateTimeOffset CreatedAt);

/// <summary>Someone who wrote part of a change, in order of first appearance (a stable colour per person).</summary>
public sealed record CompareAuthorDto(string UserId, string DisplayName);

/// <summary>Non-blank lines added, removed, changed and left as they were.</summary>
public sealed record CompareSummaryDto(int Added, int Removed, int Changed, int Unchanged);

/// <summary>
/// One section: the text under a heading up to the next heading (the part before the first heading has an
/// empty <see cref="Heading"/> and level 0). <see cref="Status"/> is one of <see cref="CompareKinds"/>.
/// <see cref="AuthorIds"/> wrote the section's additions and changes, most characters first.
/// </summary>
public sealed record CompareSectionDto(
    string Heading,
    int Level,
    string Status,
    CompareSummaryDto Summary,
    IReadOnlyList<string> AuthorIds,
    IReadOnlyList<CompareLineDto> Lines);

/// <summary>
/// One row of a section. <see cref="Kind"/> is one of <see cref="CompareKinds"/>; line numbers are 1-based in
/// the whole version's Markdown and absent on the side where the line does not exist.
/// <see cref="AuthorIds"/>: who wrote the added text (added lines, the inserted parts of changed lines);
/// <see cref="OriginalAuthorIds"/>: who had written the removed text (removed lines, the deleted parts of
/// changed lines) — "originally by". Spans split a line by change and author, for added, removed and
/// changed lines only (null for unchanged lines).
/// </summary>
public sealed record CompareLineDto(
    string Kind,
    int? OldLine,
    int? NewLine,
    string? OldText,
    string? NewText,
    IReadOnlyList<string> AuthorIds,
    IReadOnlyList<string> OriginalAuthorIds,
    IReadOnlyList<CompareSpanDto>? OldSpans,
    IReadOnlyList<CompareSpanDto>? NewSpans);

/// <summary>A piece of a line: <see cref="Kind"/> is same, added or removed; the author of added/removed text.</summary>
public sealed record CompareSpanDto(string Kind, string Text, string? AuthorId);

/// <summary>Kinds of lines and sections, and of spans (<see cref="Same"/>, <see cref="Added"/>, <see cref="Removed"/>).</summary>
public static class CompareKinds
{
    public const string Unchanged = "unchanged";
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Changed = "changed";
    public const string Same = "same";
}
