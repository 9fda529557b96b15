using Markdig.Syntax;

namespace LessonStudy.Server.Features.Rendering.Compare;

/// <summary>
/// A section of a plan: a heading line and the lines up to the next heading. The text before the first
/// heading is a section with an empty heading and level 0. <see cref="Occurrence"/> counts earlier sections
/// with the same heading, so that two "设计意图" sections match their counterparts in order.
/// </summary>
public sealed record MarkdownSection(string Heading, int Level, int Occurrence, IReadOnlyList<SourceLine> Lines)
{
    public (string Heading, int Occurrence) Key => (Heading, Occurrence);
}

/// <summary>
/// Splits a plan into sections at its headings. The headings come from the Markdown parser rather than from
/// a pattern, so a <c>#</c> inside a fenced code block is not a heading and setext headings count.
/// Only headings at the top of the document split it (not a heading quoted inside a list or a quote).
/// </summary>
public static class MarkdownSections
{
    public static IReadOnlyList<MarkdownSection> Split(string markdown)
    {
        var lines = SourceLines.Split(markdown);
        var headings = Markdig.Markdown.Parse(markdown, LessonMarkdown.Pipeline).OfType<HeadingBlock>().ToList();

        var sections = new List<MarkdownSection>();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var starts = headings.Select(h => LineOf(lines, h.Span.Start)).ToList();
        var firstHeadingLine = headings.Count > 0 ? starts[0] : lines.Count;
        if (firstHeadingLine > 0)
        {
            sections.Add(new MarkdownSection(string.Empty, 0, 0, Slice(lines, 0, firstHeadingLine)));
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var end = i + 1 < headings.Count ? starts[i + 1] : lines.Count;
            var text = HeadingText(heading);
            occurrences.TryGetValue(text, out var occurrence);
            occurrences[text] = occurrence + 1;
            sections.Add(new MarkdownSection(text, heading.Level, occurrence, Slice(lines, starts[i], end)));
        }

        return sections;
    }

    /// <summary>
    /// The index of the line holding <paramref name="offset"/>. From the heading's source span rather than its
    /// line number: a setext heading's line number is that of its underline, its span starts with its text.
    /// </summary>
    private static int LineOf(IReadOnlyList<SourceLine> lines, int offset)
    {
        int low = 0, high = lines.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (lines[middle].Start <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Math.Max(0, low);
    }

    /// <summary>The heading as a reader sees it, spaces collapsed: what sections are matched by.</summary>
    private static string HeadingText(HeadingBlock heading)
    {
        var text = heading.Inline is null ? string.Empty : SafeLinks.PlainText(heading.Inline);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<SourceLine> Slice(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var slice = new List<SourceLine>(Math.Max(0, end - start));
        for (var i = Math.Max(0, start); i < Math.Min(end, lines.Count); i++)
        {
            slice.Add(lines[i]);
        }

        return slice;
    }
}
