namespace LessonStudy.Server.Features.WebClient;

/// <summary>Finds the folder of the built web client.</summary>
internal static class WebClientFolder
{
    public static readonly string DefaultRelativePath = Path.Combine("client", "web", "dist");

    /// <summary>
    /// The configured folder (relative to the content root), or else the first <c>client/web/dist</c>
    /// found in the content root or one of its parents, so that both <c>./run.sh</c> from the repository
    /// and <c>dotnet run</c> from the project folder find it. Null unless the folder holds index.html.
    /// </summary>
    public static string? Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, contentRoot);
            return HasIndex(full) ? full : null;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultRelativePath);
            if (HasIndex(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool HasIndex(string folder) => File.Exists(Path.Combine(folder, "index.html"));
}
