namespace LessonStudy.TestKit;

/// <summary>Finds the repository and the project materials beside it (<c>../shared</c>).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>LessonStudy.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary><c>tests/oracle</c>: the Node package around the pinned yjs.</summary>
    public static string Oracle => Path.Combine(Root, "tests", "oracle");

    /// <summary>
    /// The editing traces: <c>../shared/traces</c> beside the repository (a fresh clone, CI), or
    /// the nearest <c>shared/traces</c> further up (a git worktree nested below the main checkout).
    /// </summary>
    public static string Traces
    {
        get
        {
            var tried = new List<string>();
            for (var up = Directory.GetParent(Root); up is not null; up = up.Parent)
            {
                var dir = Path.Combine(up.FullName, "shared", "traces");
                if (Directory.Exists(dir))
                {
                    return dir;
                }

                tried.Add(dir);
            }

            throw new DirectoryNotFoundException(
                $"The editing traces (the project's shared/traces folder beside the repository) are missing; looked in {string.Join(", ", tried)}.");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LessonStudy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No LessonStudy.sln above '{AppContext.BaseDirectory}'.");
    }
}
