using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace LessonStudy.Server.Features.WebClient;

/// <summary>
/// Answers every request no other endpoint took: a file of the built client, or its index.html for the
/// client's own routes. Paths under /api and /hubs never fall back to the page: a mistyped API call
/// gets a 404, not HTML.
/// </summary>
internal sealed class WebClientFiles(string folder) : IDisposable
{
    // Vite puts content-hashed bundles here: a changed file gets a new name, so browsers may keep them.
    private const string HashedAssetsPrefix = "/assets/";
    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    private static readonly string[] ServerPrefixes = ["/api", "/hubs"];

    private readonly PhysicalFileProvider files = new(folder);
    private readonly FileExtensionContentTypeProvider contentTypes = new();

    public IResult Handle(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || IsServerPath(path))
        {
            return TypedResults.NotFound();
        }

        // PhysicalFileProvider refuses paths that leave the folder and hidden or dot files.
        var file = path == "/" ? null : files.GetFileInfo(path);
        if (file is { Exists: true, IsDirectory: false, PhysicalPath: not null })
        {
            var hashed = path.StartsWith(HashedAssetsPrefix, StringComparison.Ordinal);
            return Serve(context, file, hashed ? Immutable : Revalidate);
        }

        if (Path.HasExtension(path))
        {
            // A missing script or image is a 404, not the page (which would confuse the browser).
            return TypedResults.NotFound();
        }

        return Serve(context, files.GetFileInfo("index.html"), Revalidate);
    }

    private PhysicalFileHttpResult Serve(HttpContext context, IFileInfo file, string cacheControl)
    {
        if (!contentTypes.TryGetContentType(file.Name, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        context.Response.Headers.CacheControl = cacheControl;
        var etag = new EntityTagHeaderValue($"\"{file.LastModified.UtcTicks:x}-{file.Length:x}\"");
        return TypedResults.PhysicalFile(file.PhysicalPath!, contentType, lastModified: file.LastModified, entityTag: etag);
    }

    public void Dispose() => files.Dispose();

    private static bool IsServerPath(string path)
    {
        foreach (var prefix in ServerPrefixes)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (path.Length == prefix.Length || path[prefix.Length] == '/'))
            {
                return true;
            }
        }

        return false;
    }
}
