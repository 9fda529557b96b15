namespace LessonStudy.Server.Features.Rendering;

/// <summary>
/// The URL schemes a plan may link to: http, https, mailto and relative links. Everything else
/// (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>file:</c> …) is refused.
/// </summary>
/// <remarks>
/// Browsers drop leading spaces and control characters and remove tabs and line breaks anywhere in a URL
/// before they look for its scheme, so <c>" java\tscript:"</c> runs script. The check therefore ignores
/// every character up to U+0020 (and DEL) before it reads the scheme. Entities are already decoded by the
/// Markdown parser. Anything with a colon before the first <c>/</c>, <c>?</c> or <c>#</c> counts as having a
/// scheme — even when a browser would read it as a relative path (<c>java%73cript:</c>) — because refusing
/// a rare odd relative link costs less than guessing wrong.
/// </remarks>
public static class UrlSchemePolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Longer than any allowed scheme means "not allowed" if a colon follows; no need to keep it all.
        Span<char> scheme = stackalloc char[8];
        var length = 0;
        foreach (var c in url)
        {
            if (c <= ' ' || c == '\u007f')
            {
                continue;
            }

            if (c is '/' or '?' or '#')
            {
                return true;
            }

            if (c == ':')
            {
                return length <= scheme.Length && IsAllowedScheme(scheme[..length]);
            }

            if (length < scheme.Length)
            {
                scheme[length] = char.ToLowerInvariant(c);
            }

            length++;
        }

        return true;
    }

    private static bool IsAllowedScheme(ReadOnlySpan<char> scheme)
    {
        foreach (var allowed in AllowedSchemes)
        {
            if (scheme.SequenceEqual(allowed))
            {
                return true;
            }
        }

        return false;
    }
}
