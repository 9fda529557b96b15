using DiffPlex;

namespace LessonStudy.Server.Features.Rendering.Compare;

/// <summary>A row of a line comparison: a line only in the old text, only in the new, or in both.</summary>
public readonly record struct LinePair(SourceLine? Old, SourceLine? New);

/// <summary>
/// Lines of two texts lined up by DiffPlex's Myers diff. Within one block of differences, a deleted and an
/// inserted line are shown as one changed line when they are alike (at least half their characters in
/// common), chosen in order so that the total likeness is greatest; the others stay removed or added.
/// Pairing by position alone would call an inserted line a "change" of the unrelated line it replaced.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<LinePair> Pair(IReadOnlyList<SourceLine> oldLines, IReadOnlyList<SourceLine> newLines)
    {
        var pairs = new List<LinePair>(Math.Max(oldLines.Count, newLines.Count));
        if (oldLines.Count == 0 || newLines.Count == 0)
        {
            pairs.AddRange(oldLines.Select(l => new LinePair(l, null)));
            pairs.AddRange(newLines.Select(l => new LinePair(null, l)));
            return pairs;
        }

        // Lines hold no line breaks (SourceLines removed them), so joining and splitting on '\n' is exact.
        var result = Differ.Instance.CreateDiffs(
            string.Join('\n', oldLines.Select(l => l.Text)), string.Join('\n', newLines.Select(l => l.Text)),
            ignoreWhiteSpace: false, ignoreCase: false, NewlineChunker.Instance);

        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA)
            {
                pairs.Add(new LinePair(oldLines[a++], newLines[b++]));
            }

            var deleted = oldLines.Skip(a).Take(block.DeleteCountA).ToList();
            var inserted = newLines.Skip(b).Take(block.InsertCountB).ToList();
            pairs.AddRange(PairBlock(deleted, inserted));
            a += block.DeleteCountA;
            b += block.InsertCountB;
        }

        while (a < oldLines.Count)
        {
            pairs.Add(new LinePair(oldLines[a++], newLines[b++]));
        }

        return pairs;
    }

    /// <summary>Likeness at which two lines count as one changed line rather than a removal and an addition.</summary>
    internal const double ChangedLineLikeness = 0.5;

    /// <summary>Beyond this many candidate pairs a block falls back to pairing by position (cost is D × I diffs).</summary>
    private const int MaxCandidatePairs = 2500;

    private static List<LinePair> PairBlock(List<SourceLine> deleted, List<SourceLine> inserted)
    {
        var pairs = new List<LinePair>(deleted.Count + inserted.Count);
        if (deleted.Count * inserted.Count > MaxCandidatePairs)
        {
            var paired = Math.Min(deleted.Count, inserted.Count);
            pairs.AddRange(Enumerable.Range(0, paired).Select(k => new LinePair(deleted[k], inserted[k])));
            pairs.AddRange(deleted.Skip(paired).Select(l => new LinePair(l, null)));
            pairs.AddRange(inserted.Skip(paired).Select(l => new LinePair(null, l)));
            return pairs;
        }

        // best[i, j]: the greatest total likeness aligning deleted[i..] with inserted[j..] in order.
        var likeness = new double[deleted.Count, inserted.Count];
        var best = new double[deleted.Count + 1, inserted.Count + 1];
        for (var i = deleted.Count - 1; i >= 0; i--)
        {
            for (var j = inserted.Count - 1; j >= 0; j--)
            {
                likeness[i, j] = Likeness(deleted[i].Text, inserted[j].Text);
                var pair = likeness[i, j] >= ChangedLineLikeness ? likeness[i, j] + best[i + 1, j + 1] : double.NegativeInfinity;
                best[i, j] = Math.Max(pair, Math.Max(best[i + 1, j], best[i, j + 1]));
            }
        }

        int d = 0, n = 0;
        while (d < deleted.Count || n < inserted.Count)
        {
            if (d < deleted.Count && n < inserted.Count && likeness[d, n] >= ChangedLineLikeness && best[d, n] == likeness[d, n] + best[d + 1, n + 1])
            {
                pairs.Add(new LinePair(deleted[d++], inserted[n++]));
            }
            else if (d < deleted.Count && (n == inserted.Count || best[d, n] == best[d + 1, n]))
            {
                pairs.Add(new LinePair(deleted[d++], null));
            }
            else
            {
                pairs.Add(new LinePair(null, inserted[n++]));
            }
        }

        return pairs;
    }

    /// <summary>Share of characters the two lines have in common (Dice coefficient over a character diff).</summary>
    internal static double Likeness(string a, string b)
    {
        if (a.Length + b.Length == 0)
        {
            return 1;
        }

        var (_, pieces) = CharDiff.Diff(a, b);
        var common = pieces.Where(p => !p.Changed).Sum(p => p.Length);
        return 2.0 * common / (a.Length + b.Length);
    }

    private sealed class NewlineChunker : IChunker
    {
        public static readonly NewlineChunker Instance = new();

        public IReadOnlyList<string> Chunk(string str) => str.Split('\n');
    }
}
