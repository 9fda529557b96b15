using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace LessonStudy.Server.Features.Rendering;

/// <summary>
/// The one Markdown dialect of lesson plans, shared by the HTML view, the Word export and anything else
/// that reads a plan's structure: CommonMark with pipe tables, task lists and the emphasis extras teachers
/// use (~~删除~~, ==标记==, ++插入++, H~2~O, x^2^), bare-URL links, and no raw HTML at all — a tag in the
/// text stays text. Every document parsed here has already had its unsafe links neutralised.
/// </summary>
public static class LessonMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras(EmphasisExtraOptions.Default)
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Parses <paramref name="markdown"/> and neutralises links whose scheme is not allowed.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        SafeLinks.Neutralize(document);
        return document;
    }
}
