using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// Port of the position and formatting internals of yjs types/YText.js: findNextPosition,
// findPosition, insertNegatedAttributes, updateCurrentAttributes, minimizeAttributeChanges,
// insertAttributes, insertText, formatText. Attribute objects (`attributes`) are JsObjects in
// JavaScript key order; `null` stands for the empty object `{}` so unformatted typing allocates
// nothing but its Item and content.
public partial class YText
{
    /// <summary>yjs <c>findNextPosition</c>: moves <paramref name="pos"/> <paramref name="count"/> characters right.</summary>
    internal static ItemTextListPosition FindNextPosition(Transaction transaction, ItemTextListPosition pos, int count)
    {
        while (pos.Right is { } right && count > 0)
        {
            if (right.Content is ContentFormat format)
            {
                if (!right.Deleted)
                    UpdateCurrentAttributes(pos.CurrentAttributes, format);
            }
            else if (!right.Deleted)
            {
                if (count < right.Length)
                {
                    // split right
                    transaction.Doc.Store.GetItemCleanStart(transaction, new ID(right.Id.Client, right.Id.Clock + count));
                }
                pos.Index += right.Length;
                count -= right.Length;
            }
            // forward() inlined, as yjs does, to avoid checking twice
            pos.Left = right;
            pos.Right = right.Right;
        }
        return pos;
    }

    /// <summary>yjs <c>findPosition</c>; the returned cursor is rented from <paramref name="parent"/>.</summary>
    internal static ItemTextListPosition FindPosition(Transaction transaction, YText parent, int index, bool useSearchMarker)
    {
        var pos = parent.RentPosition();
        var marker = useSearchMarker ? FindMarker(parent, index) : null;
        if (marker is not null)
        {
            pos.Reset(marker.P.Left, marker.P, marker.Index);
            return FindNextPosition(transaction, pos, index - marker.Index);
        }
        pos.Reset(null, parent.Start, 0);
        return FindNextPosition(transaction, pos, index);
    }

    /// <summary>yjs <c>updateCurrentAttributes</c>.</summary>
    internal static void UpdateCurrentAttributes(YTextAttributeMap currentAttributes, ContentFormat format)
    {
        if (format.Value is null)
            currentAttributes.Remove(format.Key);
        else
            currentAttributes.Set(format.Key, format.Value);
    }

    private static Item NewItem(Transaction transaction, ItemTextListPosition pos, YText parent, IContent content)
    {
        var doc = transaction.Doc;
        var client = doc.ClientID;
        var left = pos.Left;
        var right = pos.Right;
        return new Item(new ID(client, doc.Store.GetState(client)), left, left?.LastId, right, right?.Id, parent, null, content);
    }

    /// <summary>yjs <c>insertNegatedAttributes</c>: closes the formats opened for an insertion.</summary>
    internal static void InsertNegatedAttributes(Transaction transaction, YText parent, ItemTextListPosition currPos, YTextAttributeMap negatedAttributes)
    {
        // With nothing to negate the loops below only move the cursor, which no caller reads.
        if (negatedAttributes.Count == 0)
            return;
        // check if we really need to remove attributes
        while (currPos.Right is { } right
            && (right.Deleted || (right.Content is ContentFormat f && YTextEquality.EqualAttrs(negatedAttributes.Get(f.Key), f.Value))))
        {
            if (!right.Deleted)
                negatedAttributes.Remove(((ContentFormat)right.Content).Key);
            currPos.Forward();
        }
        for (var i = 0; i < negatedAttributes.Count; i++)
        {
            var nextFormat = NewItem(transaction, currPos, parent, new ContentFormat(negatedAttributes.KeyAt(i), negatedAttributes.ValueAt(i)));
            nextFormat.Integrate(transaction, 0);
            currPos.Right = nextFormat;
            currPos.Forward();
        }
    }

    private static object? AttributeOrNull(JsObject? attributes, string key) =>
        attributes is not null && attributes.TryGetValue(key, out var v) ? YTextEquality.NullIfUndefined(v) : null;

    /// <summary>yjs <c>minimizeAttributeChanges</c>: skips deleted items and formats that already match.</summary>
    internal static void MinimizeAttributeChanges(ItemTextListPosition currPos, JsObject? attributes)
    {
        while (currPos.Right is { } right
            && (right.Deleted || (right.Content is ContentFormat f && YTextEquality.EqualAttrs(AttributeOrNull(attributes, f.Key), f.Value))))
        {
            currPos.Forward();
        }
    }

    /// <summary>yjs <c>insertAttributes</c>; the negated attributes are left in <c>currPos.Negated</c>.</summary>
    internal static YTextAttributeMap InsertAttributes(Transaction transaction, YText parent, ItemTextListPosition currPos, JsObject? attributes)
    {
        var negatedAttributes = currPos.Negated;
        negatedAttributes.Clear();
        if (attributes is null)
            return negatedAttributes;
        // insert format-start items
        for (var i = 0; i < attributes.Count; i++)
        {
            var key = attributes.KeyAt(i);
            var val = attributes.ValueAt(i);
            var currentVal = currPos.CurrentAttributes.GetOrNull(key);
            if (!YTextEquality.EqualAttrs(currentVal, val))
            {
                // save negated attribute (set null if currentVal undefined)
                negatedAttributes.Set(key, currentVal);
                var format = NewItem(transaction, currPos, parent, new ContentFormat(key, val));
                currPos.Right = format;
                format.Integrate(transaction, 0);
                currPos.Forward();
            }
        }
        return negatedAttributes;
    }

    /// <summary>
    /// yjs <c>insertText</c>: <paramref name="text"/> is a string, an embed value or an
    /// <see cref="AbstractType"/>. <paramref name="attributes"/> is mutated (current attributes it does
    /// not mention are set to null), as in yjs; null means <c>{}</c>.
    /// </summary>
    internal static void InsertText(Transaction transaction, YText parent, ItemTextListPosition currPos, object? text, JsObject? attributes)
    {
        var current = currPos.CurrentAttributes;
        for (var i = 0; i < current.Count; i++)
        {
            var key = current.KeyAt(i);
            attributes ??= new JsObject();
            if (!attributes.TryGetValue(key, out var v) || v is JsUndefined)
                attributes[key] = null;
        }
        MinimizeAttributeChanges(currPos, attributes);
        var negatedAttributes = InsertAttributes(transaction, parent, currPos, attributes);
        // insert content
        IContent content = text switch
        {
            string s => new ContentString(s),
            AbstractType type => new ContentType(type),
            _ => new ContentEmbed(text),
        };
        var index = currPos.Index;
        if (parent.SearchMarker is { } markers)
            UpdateMarkerChanges(markers, index, content.GetLength());
        var right = NewItem(transaction, currPos, parent, content);
        right.Integrate(transaction, 0);
        currPos.Right = right;
        currPos.Index = index;
        currPos.Forward();
        InsertNegatedAttributes(transaction, parent, currPos, negatedAttributes);
    }

    /// <summary>yjs <c>formatText</c>: applies <paramref name="attributes"/> to the next <paramref name="length"/> characters.</summary>
    internal static void FormatText(Transaction transaction, YText parent, ItemTextListPosition currPos, int length, JsObject? attributes)
    {
        MinimizeAttributeChanges(currPos, attributes);
        var negatedAttributes = InsertAttributes(transaction, parent, currPos, attributes);
        // Iterate until the first non-format or null is found; delete all formats with
        // attributes[format.key] != null. Also check the attributes after the first non-format, so
        // that no redundant negated attributes are inserted there.
        while (currPos.Right is { } right
            && (length > 0 || (negatedAttributes.Count > 0 && (right.Deleted || right.Content is ContentFormat))))
        {
            if (!right.Deleted)
            {
                if (right.Content is ContentFormat format)
                {
                    var key = format.Key;
                    if (attributes is not null && attributes.TryGetValue(key, out var attr) && attr is not JsUndefined)
                    {
                        if (YTextEquality.EqualAttrs(attr, format.Value))
                        {
                            negatedAttributes.Remove(key);
                        }
                        else
                        {
                            if (length == 0)
                                break; // no need to further extend negatedAttributes
                            negatedAttributes.Set(key, format.Value);
                        }
                        right.Delete(transaction);
                    }
                    else
                    {
                        currPos.CurrentAttributes.Set(key, format.Value);
                    }
                }
                else
                {
                    if (length < right.Length)
                        transaction.Doc.Store.GetItemCleanStart(transaction, new ID(right.Id.Client, right.Id.Clock + length));
                    length -= right.Length;
                }
            }
            currPos.Forward();
        }
        // Quill assumes that the editor starts with a newline and always ends with one. That
        // newline is inserted only when formatting goes past the end, i.e. length > type.length.
        if (length > 0)
        {
            var newlines = NewItem(transaction, currPos, parent, new ContentString(new string('\n', length)));
            currPos.Right = newlines;
            newlines.Integrate(transaction, 0);
            currPos.Forward();
        }
        InsertNegatedAttributes(transaction, parent, currPos, negatedAttributes);
    }
}
