namespace LessonStudy.Server.Tests.Rendering.Html;

/// <summary>Reads <c>xss-corpus.md</c> (copied beside the test assembly): cases "=== name" + Markdown.</summary>
internal static class XssCorpus
{
    private const string Marker = "=== ";

    public static IReadOnlyList<(string Name, string Markdown)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Rendering", "Html", "xss-corpus.md");
        var cases = new List<(string, string)>();
        string? name = null;
        var body = new List<string>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    cases.Add((name, string.Join('\n', body)));
                }

                name = line[Marker.Length..].Trim();
                body.Clear();
            }
            else if (name is not null)
            {
                body.Add(line);
            }
        }

        if (name is not null)
        {
            cases.Add((name, string.Join('\n', body)));
        }

        return cases;
    }
}
