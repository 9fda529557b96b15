using DiffPlex;

namespace LessonStudy.Server.Features.Rendering.Compare;

/// <summary>A stretch of one line: UTF-16 offset and length within the line, changed or the same.</summary>
public readonly record struct LinePiece(int Start, int Length, bool Changed);

/// <summary>
/// The character-level difference of a changed line. Characters, not words: Chinese text has no spaces, so
/// a word diff would mark whole sentences. Pieces are Unicode scalar values, so a surrogate pair is never
/// split between "same" and "changed".
/// </summary>
public static class CharDiff
{
    public static (IReadOnlyList<LinePiece> Old, IReadOnlyList<LinePiece> New) Diff(string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, RuneChunker.Instance);
        var oldChanged = new bool[result.PiecesOld.Count];
        var newChanged = new bool[result.PiecesNew.Count];
        foreach (var block in result.DiffBlocks)
        {
            Array.Fill(oldChanged, true, block.DeleteStartA, block.DeleteCountA);
            Array.Fill(newChanged, true, block.InsertStartB, block.InsertCountB);
        }

        return (Merge(result.PiecesOld, oldChanged), Merge(result.PiecesNew, newChanged));
    }

    /// <summary>Adjacent pieces of the same kind joined into one.</summary>
    private static List<LinePiece> Merge(IReadOnlyList<string> pieces, bool[] changed)
    {
        var merged = new List<LinePiece>();
        var offset = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var length = pieces[i].Length;
            if (merged.Count > 0 && merged[^1].Changed == changed[i])
            {
                merged[^1] = merged[^1] with { Length = merged[^1].Length + length };
            }
            else
            {
                merged.Add(new LinePiece(offset, length, changed[i]));
            }

            offset += length;
        }

        return merged;
    }

    private sealed class RuneChunker : IChunker
    {
        public static readonly RuneChunker Instance = new();

        public IReadOnlyList<string> Chunk(string str)
        {
            var pieces = new List<string>(str.Length);
            foreach (var rune in str.EnumerateRunes())
            {
                pieces.Add(rune.ToString());
            }

            return pieces;
        }
    }
}
