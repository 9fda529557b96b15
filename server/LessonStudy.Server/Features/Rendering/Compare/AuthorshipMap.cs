using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Features.Rendering.Compare;

/// <summary>
/// Who wrote each character of a version's Markdown, from its <see cref="VersionRecord.Authorship"/> runs.
/// Characters outside every run (or in a run without a user) have no author. One small integer per
/// character: plans are a few thousand characters, and lookups happen for every changed character.
/// </summary>
public sealed class AuthorshipMap
{
    private readonly int[] authorIndex;
    private readonly List<string> authors = [];

    public AuthorshipMap(int textLength, IEnumerable<AuthoredRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        authorIndex = new int[textLength];
        Array.Fill(authorIndex, -1);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            if (run.UserId is null)
            {
                continue;
            }

            if (!indexOf.TryGetValue(run.UserId, out var index))
            {
                index = authors.Count;
                authors.Add(run.UserId);
                indexOf[run.UserId] = index;
            }

            // Runs come from the stored version; clamp rather than trust them to fit the text.
            var start = Math.Clamp(run.Start, 0, textLength);
            var end = Math.Clamp((long)run.Start + run.Length, start, textLength);
            authorIndex.AsSpan(start, (int)end - start).Fill(index);
        }
    }

    public static AuthorshipMap Of(VersionRecord version) => new(version.Markdown.Length, version.Authorship);

    public string? AuthorAt(int offset) =>
        offset >= 0 && offset < authorIndex.Length && authorIndex[offset] >= 0 ? authors[authorIndex[offset]] : null;

    /// <summary>The distinct authors of the characters at <paramref name="offsets"/>, most characters first.</summary>
    public IReadOnlyList<string> AuthorsOf(IEnumerable<int> offsets)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var position = 0;
        foreach (var offset in offsets)
        {
            if (AuthorAt(offset) is { } author)
            {
                counts[author] = counts.TryGetValue(author, out var c) ? (c.Count + 1, c.First) : (1, position);
            }

            position++;
        }

        return [.. counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).Select(p => p.Key)];
    }

    public IReadOnlyList<string> AuthorsOf(int start, int length) => AuthorsOf(Enumerable.Range(start, Math.Max(0, length)));
}
