using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LessonStudy.Server.Tests.Rendering.Html;

/// <summary>
/// The test oracle for rendered HTML, written independently of the renderer's own URL policy: parses the
/// output as a browser would (AngleSharp) and lists everything that could run code or load active content.
/// </summary>
internal static class InertHtml
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "style", "link",
        "meta", "base", "form", "input", "button", "textarea", "select", "noscript", "template", "video", "audio",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "data", "background", "poster", "srcset", "cite", "codebase",
    };

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");

    /// <summary>Every problem found, empty when the fragment is inert.</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        var document = Parse(html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (ForbiddenElements.Contains(element.LocalName))
            {
                problems.Add($"element <{element.LocalName}>");
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"event handler {name} on <{element.LocalName}>");
                }
                else if (name is "style" or "srcdoc" || name.Contains("href", StringComparison.OrdinalIgnoreCase) && name != "href")
                {
                    problems.Add($"attribute {name} on <{element.LocalName}>");
                }
                else if (UrlAttributes.Contains(name) && SchemeOf(attribute.Value) is { } scheme && !AllowedSchemes.Contains(scheme))
                {
                    problems.Add($"{name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
            }
        }

        return problems;
    }

    /// <summary>The scheme a browser would see: spaces and controls removed, then anything before a colon
    /// that comes ahead of the first '/', '?' or '#'. Null for a relative URL.</summary>
    private static string? SchemeOf(string url)
    {
        var cleaned = new string([.. url.Where(c => c > ' ' && c != '\u007f')]).ToLowerInvariant();
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var delimiter = cleaned.IndexOfAny(['/', '?', '#']);
        return colon >= 0 && (delimiter < 0 || colon < delimiter) ? cleaned[..colon] : null;
    }
}
