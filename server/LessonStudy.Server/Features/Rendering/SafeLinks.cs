using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LessonStudy.Server.Features.Rendering;

/// <summary>
/// Neutralises links and images whose URL <see cref="UrlSchemePolicy"/> refuses, in the parsed document
/// itself, so that no renderer (HTML, Word) ever sees them: a link becomes its label, an image its alt text,
/// an autolink its text. Working on the tree rather than on the HTML means nothing depends on how a URL is
/// spelled in the output (entities, case, whitespace); the HTML sanitizer checks the result again.
/// </summary>
public static class SafeLinks
{
    public static void Neutralize(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        // Collected first: the tree is changed while replacing.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            // A dynamic URL is computed at render time and cannot be checked here; none of our extensions
            // uses one, so a link that has one is treated as unsafe.
            if (link.GetDynamicUrl is null && UrlSchemePolicy.IsAllowed(link.Url))
            {
                continue;
            }

            if (link.IsImage)
            {
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
            }
            else
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || UrlSchemePolicy.IsAllowed(autolink.Url))
            {
                continue;
            }

            autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
        }
    }

    /// <summary>The text a reader sees of an inline container (an image's alt text, a link's label).</summary>
    public static string PlainText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(ContainerInline container, System.Text.StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline child:
                    Append(child, text);
                    break;
            }
        }
    }

    /// <summary>Replaces a link by its children, keeping their formatting.</summary>
    /// <remarks>Inserted with <c>InsertAfter</c>: Markdig's <c>InsertBefore</c> leaves the inserted inline
    /// without its previous sibling, which breaks later walks of the tree.</remarks>
    private static void Unwrap(LinkInline link)
    {
        Inline anchor = link;
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
            child = next;
        }

        link.Remove();
    }
}
