using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// yjs <c>ItemTextListPosition</c>: a cursor between <see cref="Left"/> and <see cref="Right"/> at
/// text index <see cref="Index"/>, carrying the formatting attributes in effect there.
/// Instances are reused by their <see cref="YText"/> (see <c>YText.RentPosition</c>), so the
/// scratch maps the algorithms need travel with the cursor instead of being allocated per call.
/// </summary>
internal sealed class ItemTextListPosition
{
    public Item? Left;
    public Item? Right;
    public int Index;

    /// <summary>yjs <c>currentAttributes</c>.</summary>
    public readonly YTextAttributeMap CurrentAttributes = new();

    /// <summary>Scratch: <c>negatedAttributes</c> of insertText / formatText.</summary>
    internal readonly YTextAttributeMap Negated = new();

    /// <summary>Scratch: <c>startAttrs</c> of deleteText.</summary>
    internal readonly YTextAttributeMap StartAttributes = new();

    /// <summary>Scratch: <c>endFormats</c> of cleanupFormattingGap.</summary>
    internal readonly Dictionary<string, ContentFormat> EndFormats = new(4, StringComparer.Ordinal);

    internal void Reset(Item? left, Item? right, int index)
    {
        Left = left;
        Right = right;
        Index = index;
        CurrentAttributes.Clear();
        Negated.Clear();
        StartAttributes.Clear();
        EndFormats.Clear();
    }

    /// <summary>Only call this if <see cref="Right"/> is not null.</summary>
    public void Forward()
    {
        var right = Right ?? throw new InvalidOperationException("Unexpected case: forward past the end of the text.");
        if (!right.Deleted)
        {
            if (right.Content is ContentFormat format)
                YText.UpdateCurrentAttributes(CurrentAttributes, format);
            else
                Index += right.Length;
        }
        Left = right;
        Right = right.Right;
    }
}
