namespace LessonStudy.Server.Features.Library;

/// <summary>
/// A library search: subject and grade match exactly (ignoring case); every word of <see cref="Words"/>
/// must appear, ignoring case, in the 课题 or in the 定稿 text.
/// </summary>
/// <remarks>
/// A plain substring scan, not a full-text index: a school's library holds hundreds of 定稿 plans of a
/// few thousand characters, versions are immutable and cached, so a scan answers at once, and Chinese
/// needs no word segmentation for it (a query word is any run of characters between spaces).
/// </remarks>
public sealed record LibraryQuery(string? Subject, string? Grade, IReadOnlyList<string> Words)
{
    public const int MaxWords = 10;
    public const int MaxQueryLength = 200;

    public static LibraryQuery From(string? subject, string? grade, string? q) => new(
        Blank(subject),
        Blank(grade),
        [.. (q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxWords)]);

    public bool MatchesRecord(string subject, string grade) =>
        (Subject is null || string.Equals(subject, Subject, StringComparison.OrdinalIgnoreCase))
        && (Grade is null || string.Equals(grade, Grade, StringComparison.OrdinalIgnoreCase));

    public bool MatchesText(string title, string markdown) =>
        Words.All(w => title.Contains(w, StringComparison.OrdinalIgnoreCase) || markdown.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
