using Ganss.Xss;

namespace LessonStudy.Server.Features.Rendering.Html;

/// <summary>
/// The sanitizer every rendered plan passes through, configured for exactly what our Markdown produces:
/// text structure, tables, links and images — no style, no classes, no script, frames, SVG or forms, no
/// event handlers, and URLs only with http, https, mailto or none. Defence in depth: the Markdown pipeline
/// already emits no raw HTML and no unsafe links.
/// </summary>
public static class LessonHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "em", "del", "s", "ins", "mark", "sub", "sup", "code", "pre", "blockquote",
        "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
    ];

    private static readonly string[] Attributes = ["href", "src", "alt", "title", "start", "rel"];

    /// <summary>Links leave the app without handing it the opener or the referrer.</summary>
    public const string LinkRel = "nofollow noopener noreferrer";

    public static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };

        var sanitizer = new HtmlSanitizer(options) { AllowDataAttributes = false };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } anchor)
            {
                anchor.SetAttribute("rel", LinkRel);
            }
        };
        return sanitizer;
    }
}
