using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// Port of the deletion and formatting-cleanup internals of yjs types/YText.js: deleteText,
// cleanupFormattingGap, cleanupContextlessFormattingGap, cleanupYTextFormatting and
// cleanupYTextAfterTransaction.
public partial class YText
{
    /// <summary>
    /// yjs <c>deleteText</c>: deletes <paramref name="length"/> characters right of the cursor, then
    /// removes the formatting items the deletion made redundant.
    /// </summary>
    internal static ItemTextListPosition DeleteText(Transaction transaction, YText parent, ItemTextListPosition currPos, int length)
    {
        var startLength = length;
        var startAttrs = currPos.StartAttributes;
        startAttrs.CopyFrom(currPos.CurrentAttributes);
        var start = currPos.Right;
        while (length > 0 && currPos.Right is { } right)
        {
            if (!right.Deleted && right.Content is ContentType or ContentEmbed or ContentString)
            {
                if (length < right.Length)
                    transaction.Doc.Store.GetItemCleanStart(transaction, new ID(right.Id.Client, right.Id.Clock + length));
                length -= right.Length;
                right.Delete(transaction);
            }
            currPos.Forward();
        }
        // Without any format item in the type the gap cleanup cannot change anything; skipping it
        // saves a walk over the deleted run on every keystroke of plain text.
        if (start is not null && parent.HasFormatting)
            CleanupFormattingGap(transaction, start, currPos.Right, startAttrs, currPos.CurrentAttributes, currPos.EndFormats);
        if (parent.SearchMarker is { } markers)
            UpdateMarkerChanges(markers, currPos.Index, -startLength + length);
        return currPos;
    }

    /// <summary>
    /// yjs <c>cleanupFormattingGap</c>: call after string content was deleted, to clean up the
    /// formatting items between <paramref name="start"/> and the next content item.
    /// <paramref name="curr"/> is the exclusive end up to which <paramref name="currAttributes"/> is kept current.
    /// </summary>
    /// <returns>The number of formatting items deleted.</returns>
    internal static int CleanupFormattingGap(
        Transaction transaction,
        Item start,
        Item? curr,
        YTextAttributeMap startAttributes,
        YTextAttributeMap currAttributes,
        Dictionary<string, ContentFormat> endFormats)
    {
        endFormats.Clear();
        var end = start;
        while (end is not null && (!end.Countable || end.Deleted))
        {
            if (!end.Deleted && end.Content is ContentFormat cf)
                endFormats[cf.Key] = cf;
            end = end.Right;
        }
        var cleanups = 0;
        var reachedCurr = false;
        Item? s = start;
        while (s is not null && s != end)
        {
            if (curr == s)
                reachedCurr = true;
            if (!s.Deleted && s.Content is ContentFormat format)
            {
                var key = format.Key;
                var value = format.Value;
                var startAttrValue = startAttributes.GetOrNull(key);
                if (!endFormats.TryGetValue(key, out var endFormat) || endFormat != format || YTextEquality.StrictEquals(startAttrValue, value))
                {
                    // Either this format is overwritten or it is not necessary because the attribute already existed.
                    s.Delete(transaction);
                    cleanups++;
                    if (!reachedCurr && YTextEquality.StrictEquals(currAttributes.GetOrNull(key), value) && !YTextEquality.StrictEquals(startAttrValue, value))
                    {
                        if (startAttrValue is null)
                            currAttributes.Remove(key);
                        else
                            currAttributes.Set(key, startAttrValue);
                    }
                }
                if (!reachedCurr && !s.Deleted)
                    UpdateCurrentAttributes(currAttributes, format);
            }
            s = s.Right;
        }
        return cleanups;
    }

    /// <summary>
    /// yjs <c>cleanupContextlessFormattingGap</c>: in the run of non-content items around
    /// <paramref name="item"/>, keeps only the last format item of each key.
    /// </summary>
    internal static void CleanupContextlessFormattingGap(Transaction transaction, Item? item)
    {
        // iterate until item.right is null or content
        while (item is not null && item.Right is { } r && (r.Deleted || !r.Countable))
            item = r;
        HashSet<string>? attrs = null;
        // iterate back until a content item is found
        while (item is not null && (item.Deleted || !item.Countable))
        {
            if (!item.Deleted && item.Content is ContentFormat format)
            {
                attrs ??= new HashSet<string>(StringComparer.Ordinal);
                if (!attrs.Add(format.Key))
                    item.Delete(transaction);
            }
            item = item.Left;
        }
    }

    /// <summary>
    /// yjs <c>cleanupYTextFormatting</c> (experimental in yjs): walks the whole type and removes
    /// every unnecessary formatting item.
    /// </summary>
    /// <returns>How many formatting items were removed.</returns>
    internal static int CleanupYTextFormatting(AbstractType type)
    {
        var res = 0;
        var doc = type.Doc ?? throw new InvalidOperationException("The type is not part of a document.");
        doc.Transact(transaction =>
        {
            var start = type.Start;
            var end = type.Start;
            var startAttributes = new YTextAttributeMap();
            var currentAttributes = new YTextAttributeMap();
            var endFormats = new Dictionary<string, ContentFormat>(StringComparer.Ordinal);
            while (end is not null)
            {
                if (!end.Deleted)
                {
                    if (end.Content is ContentFormat format)
                    {
                        UpdateCurrentAttributes(currentAttributes, format);
                    }
                    else
                    {
                        res += CleanupFormattingGap(transaction, start!, end, startAttributes, currentAttributes, endFormats);
                        startAttributes.CopyFrom(currentAttributes);
                        start = end;
                    }
                }
                end = end.Right;
            }
        });
        return res;
    }

    /// <summary>
    /// yjs <c>cleanupYTextAfterTransaction</c>: called by the transaction cleanup (after the event
    /// handlers) when a remote change touched a type with formatting, to remove duplicate formats.
    /// </summary>
    internal static void CleanupYTextAfterTransaction(Transaction transaction)
    {
        // Set semantics with insertion order, as the JavaScript Set yjs iterates.
        var needFullCleanup = new List<AbstractType>();
        var needFullCleanupSet = new HashSet<AbstractType>(ReferenceEqualityComparer.Instance);
        // check if another formatting item was inserted
        var doc = transaction.Doc;
        foreach (var (client, afterClock) in transaction.AfterState)
        {
            var clock = transaction.BeforeState.TryGetValue(client, out var c) ? c : 0;
            if (afterClock == clock)
                continue;
            // yjs passes afterClock as the length here; iteration simply stops at the last struct.
            StructStore.IterateStructs(transaction, doc.Store.Clients[client], clock, afterClock, s =>
            {
                if (s is Item item && !item.Deleted && item.Content is ContentFormat && item.Parent is { } parent && needFullCleanupSet.Add(parent))
                    needFullCleanup.Add(parent);
            });
        }
        // cleanup in a new transaction
        doc.Transact(t =>
        {
            transaction.DeleteSet.IterateDeletedStructs(transaction, s =>
            {
                // Any parent may carry the flag, not only a YText: an untyped root read from an
                // update holds formats before anyone calls GetText on it, and yjs cleans it all the same.
                if (s is not Item item || item.Parent is not { HasFormatting: true } parent || needFullCleanupSet.Contains(parent))
                    return;
                if (item.Content is ContentFormat)
                {
                    if (needFullCleanupSet.Add(parent))
                        needFullCleanup.Add(parent);
                }
                else
                {
                    // If no formatting attribute was inserted or deleted, the contextless cleanup
                    // suffices: the current attributes of the position are not needed.
                    CleanupContextlessFormattingGap(t, item);
                }
            });
            // If a formatting item was inserted, simply clean the whole type; the current
            // attributes at the position would have to be computed anyway.
            foreach (var yText in needFullCleanup)
                CleanupYTextFormatting(yText);
        });
    }
}
