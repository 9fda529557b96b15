namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// Lines added and removed between two texts: every line not on a longest common subsequence of lines.
/// Quadratic in lines, which is fine for one section of a lesson plan; past <see cref="MaxCells"/> the
/// comparison falls back to matching equal lines as a multiset, which never undercounts a real change by
/// more than reordering does.
/// </summary>
public static class LineChanges
{
    public const long MaxCells = 4_000_000;

    public readonly record struct Counts(int LinesAdded, int LinesRemoved, int CharactersAdded, int CharactersRemoved);

    public static Counts Between(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var kept = (long)before.Count * after.Count > MaxCells ? MultisetCommon(before, after) : LongestCommon(before, after);
        var removed = Subtract(before, kept);
        var added = Subtract(after, kept);
        return new Counts(added.Count, removed.Count, added.Sum(l => l.Length), removed.Sum(l => l.Length));
    }

    private static List<string> LongestCommon(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var common = new List<string>();
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i] == b[j])
            {
                common.Add(a[i]);
                i++;
                j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    private static List<string> MultisetCommon(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var counts = b.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = new List<string>();
        foreach (var line in a)
        {
            if (counts.TryGetValue(line, out var n) && n > 0)
            {
                counts[line] = n - 1;
                common.Add(line);
            }
        }

        return common;
    }

    /// <summary>The lines of <paramref name="lines"/> left after taking out one occurrence of each kept line.</summary>
    private static List<string> Subtract(IReadOnlyList<string> lines, List<string> kept)
    {
        var counts = kept.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rest = new List<string>();
        foreach (var line in lines)
        {
            if (counts.TryGetValue(line, out var n) && n > 0)
            {
                counts[line] = n - 1;
            }
            else
            {
                rest.Add(line);
            }
        }

        return rest;
    }
}
