using Ganss.Xss;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LessonStudy.Server.Features.Rendering.Html;

/// <summary>
/// Renders a plan's Markdown as an HTML fragment that is safe to put into a page: parsed with
/// <see cref="LessonMarkdown"/> (no raw HTML, unsafe links neutralised), rendered by Markdig, then passed
/// through <see cref="LessonHtmlSanitizer"/>. Thread-safe; one instance serves the whole server.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly HtmlSanitizer sanitizer = LessonHtmlSanitizer.Create();

    public string Render(string markdown) => sanitizer.Sanitize(RenderUnsanitized(markdown));

    /// <summary>The Markdown stage alone, before the sanitizer (tests hold it to the same standard).</summary>
    internal static string RenderUnsanitized(string markdown)
    {
        var document = LessonMarkdown.Parse(markdown);
        ReplaceTaskBoxes(document);
        return Markdig.Markdown.ToHtml(document, LessonMarkdown.Pipeline);
    }

    /// <summary>
    /// Task-list boxes become ☐/☑ characters: an <c>input</c> element would need the sanitizer to allow
    /// form controls, and a read-only view cannot tick them anyway.
    /// </summary>
    private static void ReplaceTaskBoxes(MarkdownDocument document)
    {
        foreach (var task in document.Descendants<TaskList>().ToList())
        {
            task.ReplaceBy(new LiteralInline(task.Checked ? "☑" : "☐"), copyChildren: false);
        }
    }
}
