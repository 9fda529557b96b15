namespace LessonStudy.Server.Features.Rendering.Compare;

/// <summary>One line of a Markdown text: 1-based number, UTF-16 offset of its first character, its text.</summary>
public readonly record struct SourceLine(int Number, int Start, string Text);

/// <summary>
/// Splits text into lines the way Markdig counts them (<c>\r\n</c>, <c>\r</c> or <c>\n</c> end a line), so
/// that a heading's line number from the parser is an index here, and keeps offsets for authorship.
/// </summary>
public static class SourceLines
{
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                lines.Add(new SourceLine(lines.Count + 1, start, text[start..i]));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(lines.Count + 1, start, text[start..]));
        }

        return lines;
    }
}
