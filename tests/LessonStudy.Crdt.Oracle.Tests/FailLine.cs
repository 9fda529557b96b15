using System.Text.RegularExpressions;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>The <c>FAIL &lt;seed&gt; &lt;check&gt;: &lt;detail&gt;</c> lines of the oracle scripts (and <c>FAIL seed N: ...</c> of gen-sessions).</summary>
internal static partial class FailLine
{
    /// <returns>The seed (or "?") and the rest of the line.</returns>
    public static (string Seed, string Detail) Split(string line)
    {
        var match = Pattern().Match(line);
        return match.Success ? (match.Groups[1].Value, line[match.Length..]) : ("?", line);
    }

    [GeneratedRegex(@"^FAIL (?:seed )?(\S+?):? ")]
    private static partial Regex Pattern();
}
