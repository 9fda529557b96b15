using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace LessonStudy.Server.Features.Rendering.Word;

/// <summary>
/// Turns Markdown inlines into Word runs: emphasis into bold/italic/strike/underline/highlight/sub/super,
/// code into a monospace run, hard breaks into line breaks, links into their text followed by the URL in
/// brackets (a printed 教案 cannot be clicked), images into their alt text. Unsafe links were already
/// neutralised by <see cref="LessonMarkdown.Parse"/>; raw HTML does not exist in this dialect.
/// </summary>
internal static class DocxInlines
{
    public static IEnumerable<Run> Runs(ContainerInline? container) =>
        container is null ? [] : Collect(container, RunFormat.Plain);

    private static List<Run> Collect(ContainerInline container, RunFormat format)
    {
        var runs = new List<Run>();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(TextRun(literal.Content.ToString(), format));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(TextRun(entity.Transcoded.ToString(), format));
                    break;
                case CodeInline code:
                    runs.Add(TextRun(code.Content, format with { Code = true }));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(lineBreak.IsHard ? new Run(new Break()) : TextRun(" ", format));
                    break;
                case TaskList task:
                    runs.Add(TextRun(task.Checked ? "☑" : "☐", format));
                    break;
                case AutolinkInline autolink:
                    runs.Add(TextRun(autolink.Url, format with { Link = true }));
                    break;
                case LinkInline { IsImage: true } image:
                    runs.Add(TextRun($"[图片：{SafeLinks.PlainText(image)}]", format));
                    break;
                case LinkInline link:
                    runs.AddRange(Collect(link, format with { Link = true }));
                    if (!string.IsNullOrEmpty(link.Url) && link.Url != SafeLinks.PlainText(link))
                    {
                        runs.Add(TextRun($"（{link.Url}）", format));
                    }

                    break;
                case EmphasisInline emphasis:
                    runs.AddRange(Collect(emphasis, Apply(format, emphasis)));
                    break;
                case HtmlInline html:
                    // Not produced with HTML disabled; should it ever appear, it is shown as the text it is.
                    runs.Add(TextRun(html.Tag, format));
                    break;
                case ContainerInline other:
                    runs.AddRange(Collect(other, format));
                    break;
            }
        }

        return runs;
    }

    private static RunFormat Apply(RunFormat format, EmphasisInline emphasis) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('*' or '_', 1) => format with { Italic = true },
        ('*' or '_', _) => format with { Bold = true },
        ('~', 1) => format with { Subscript = true },
        ('~', _) => format with { Strike = true },
        ('^', _) => format with { Superscript = true },
        ('+', _) => format with { Underline = true },
        ('=', _) => format with { Highlight = true },
        _ => format,
    };

    private static Run TextRun(string text, RunFormat format)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (format != RunFormat.Plain)
        {
            run.RunProperties = Properties(format);
        }

        return run;
    }

    private static RunProperties Properties(RunFormat format) => new()
    {
        RunFonts = format.Code
            ? new RunFonts { Ascii = DocxLayout.CodeFont, HighAnsi = DocxLayout.CodeFont, ComplexScript = DocxLayout.CodeFont, EastAsia = DocxLayout.BodyFont }
            : null,
        Bold = format.Bold ? new Bold() : null,
        Italic = format.Italic ? new Italic() : null,
        Strike = format.Strike ? new Strike() : null,
        Color = format.Link ? new Color { Val = "1F4E79" } : null,
        Highlight = format.Highlight ? new Highlight { Val = HighlightColorValues.Yellow } : null,
        Underline = format.Underline || format.Link ? new Underline { Val = UnderlineValues.Single } : null,
        Shading = format.Code ? new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" } : null,
        VerticalTextAlignment = format.Subscript ? new VerticalTextAlignment { Val = VerticalPositionValues.Subscript }
            : format.Superscript ? new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }
            : null,
    };

    private sealed record RunFormat(bool Bold, bool Italic, bool Strike, bool Underline, bool Highlight, bool Subscript, bool Superscript, bool Code, bool Link)
    {
        public static readonly RunFormat Plain = new(false, false, false, false, false, false, false, false, false);
    }
}
