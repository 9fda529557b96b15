namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// The sections of a plan's Markdown: ATX headings (<c># 教学目标</c> … <c>###### x</c>), by their text without
/// the #s. A text offset belongs to the nearest heading at or before it.
/// </summary>
public static class MarkdownSections
{
    public static IReadOnlyList<(string Heading, int Offset)> Headings(string markdown)
    {
        var headings = new List<(string, int)>();
        var offset = 0;
        foreach (var line in markdown.Split('\n'))
        {
            if (Heading(line) is { } heading)
            {
                headings.Add((heading, offset));
            }

            offset += line.Length + 1;
        }

        return headings;
    }

    /// <summary>The heading of the section holding UTF-16 offset <paramref name="index"/>, or null before the first heading.</summary>
    public static string? SectionAt(string markdown, int index)
    {
        string? section = null;
        foreach (var (heading, offset) in Headings(markdown))
        {
            if (offset > index)
            {
                break;
            }

            section = heading;
        }

        return section;
    }

    /// <summary>The heading as the plan writes it, if <paramref name="section"/> names one (ignoring surrounding spaces and #s).</summary>
    public static string? Find(string markdown, string section)
    {
        var wanted = section.Trim().TrimStart('#').Trim();
        return Headings(markdown).Select(h => h.Heading).FirstOrDefault(h => string.Equals(h, wanted, StringComparison.Ordinal));
    }

    private static string? Heading(string line)
    {
        var trimmed = line.TrimEnd('\r');
        var hashes = 0;
        while (hashes < trimmed.Length && trimmed[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is 0 or > 6 || (hashes < trimmed.Length && trimmed[hashes] is not (' ' or '\t')))
        {
            return null;
        }

        var text = trimmed[hashes..].Trim().TrimEnd('#').Trim();
        return text.Length > 0 ? text : null;
    }
}
