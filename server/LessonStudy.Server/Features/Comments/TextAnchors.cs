using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Positions;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// Anchors on the plan's text as yjs relative positions: they are attached to the CRDT items of the
/// characters, not to offsets, so an anchor follows its text through any concurrent edit, and resolving
/// it against a later state (the live document, a frozen version) finds where that text is now.
/// A range whose start and end meet has lost all its characters: <see cref="AnchorStatuses.Deleted"/>
/// (原文已删除). Resolution never follows undone deletions, so every node resolves alike.
/// </summary>
public static class TextAnchors
{
    /// <summary>The root text holding the plan's Markdown (DESIGN.md).</summary>
    public const string ContentRoot = "content";

    /// <summary>Longest quote an anchor may carry, in UTF-16 units.</summary>
    public const int MaxQuoteLength = 4000;

    /// <summary>A base64 relative position in yjs' binary encoding, or null when it is not one.</summary>
    public static RelativePosition? Decode(string? base64)
    {
        if (string.IsNullOrEmpty(base64) || base64.Length > 256)
        {
            return null;
        }

        try
        {
            return RelativePositions.DecodeRelativePosition(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (CrdtFormatException)
        {
            return null;
        }
    }

    /// <summary>A document holding <paramref name="state"/> (a v1 update), for resolving anchors against it.</summary>
    public static Doc Load(byte[] state)
    {
        var doc = new Doc();
        doc.ApplyUpdate(state);
        return doc;
    }

    /// <summary>Where the range from <paramref name="start"/> to <paramref name="end"/> is in <paramref name="doc"/>'s root text, compared with <paramref name="quote"/>.</summary>
    public static AnchorPlace Resolve(Doc doc, RelativePosition start, RelativePosition end, string quote)
    {
        var text = doc.GetText(ContentRoot);
        var from = Absolute(doc, text, start);
        var to = Absolute(doc, text, end);
        if (from is null || to is null)
        {
            // Attached to items this state never saw (an older version), or to another type.
            return Known(doc, start) && Known(doc, end)
                ? new AnchorPlace(AnchorStatuses.Deleted, null, null, null)
                : new AnchorPlace(AnchorStatuses.Absent, null, null, null);
        }

        if (to.Value <= from.Value)
        {
            return new AnchorPlace(AnchorStatuses.Deleted, from.Value, 0, null);
        }

        var current = text.ToString()[from.Value..to.Value];
        return new AnchorPlace(current == quote ? AnchorStatuses.Present : AnchorStatuses.Changed, from.Value, to.Value - from.Value, current);
    }

    private static int? Absolute(Doc doc, YText text, RelativePosition position)
    {
        if (position.Item is null && position.TName is not null && position.TName != ContentRoot)
        {
            return null;
        }

        var absolute = RelativePositions.CreateAbsolutePositionFromRelativePosition(position, doc, followUndoneDeletions: false);
        return absolute is not null && ReferenceEquals(absolute.Type, text) ? Math.Min(absolute.Index, text.Length) : null;
    }

    /// <summary>Whether the document has seen the item a position is attached to (deleted or not).</summary>
    private static bool Known(Doc doc, RelativePosition position)
    {
        if (position.Item is not { } item)
        {
            return position.TName == ContentRoot;
        }

        return doc.GetStateVector().TryGetValue(item.Client, out var next) && next > item.Clock;
    }
}

/// <summary>
/// Where an anchor resolved: its <see cref="Status"/> (<see cref="AnchorStatuses"/>) and, when the range still
/// exists, its UTF-16 <see cref="Index"/>, <see cref="Length"/> and current <see cref="Text"/>.
/// </summary>
public readonly record struct AnchorPlace(string Status, int? Index, int? Length, string? Text)
{
    public bool Deleted => Status == AnchorStatuses.Deleted;
}
