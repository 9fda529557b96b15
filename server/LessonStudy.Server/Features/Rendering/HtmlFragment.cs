using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Rendering;

/// <summary>
/// A sanitized HTML fragment as an API answer. Should a browser ever open the URL itself, the answer runs
/// nothing and loads nothing but images: a sandboxing Content-Security-Policy, no MIME sniffing, no caching
/// of a plan's text by shared caches.
/// </summary>
public static class HtmlFragment
{
    public const string ContentType = "text/html; charset=utf-8";
    public const string ContentSecurityPolicy = "default-src 'none'; img-src http: https:; sandbox";

    public static ContentHttpResult Create(HttpResponse response, string html)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-cache";
        return TypedResults.Content(html, ContentType);
    }
}
