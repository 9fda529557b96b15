namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// A plan's Markdown cut into sections at its ATX headings (<c># …</c> to <c>###### …</c>): the section is
/// named by the heading's text (教学目标, 教学过程 …); lines before the first heading form the section "".
/// A heading line belongs to its own section. Sections with the same name are joined.
/// </summary>
public static class SectionLines
{
    public static IReadOnlyDictionary<string, List<string>> Split(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = "";
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (HeadingText(line) is { } heading)
            {
                current = heading;
            }

            if (!sections.TryGetValue(current, out var lines))
            {
                sections[current] = lines = [];
            }

            lines.Add(line);
        }

        if (sections.TryGetValue("", out var preamble) && preamble.All(l => l.Length == 0))
        {
            sections.Remove("");
        }

        return sections;
    }

    private static string? HeadingText(string line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || (level < line.Length && line[level] != ' '))
        {
            return null;
        }

        return line[level..].Trim().TrimEnd('#').Trim();
    }
}
