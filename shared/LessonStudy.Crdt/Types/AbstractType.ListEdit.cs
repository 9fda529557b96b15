using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// Inserting into and deleting from list types (yjs typeListInsertGenerics*, typeListDelete).
public abstract partial class AbstractType
{
    /// <summary>
    /// yjs <c>typeListInsertGenericsAfter</c>: inserts <paramref name="content"/> right after
    /// <paramref name="referenceItem"/> (at the start when null). Consecutive JSON-like values are
    /// packed into one <see cref="ContentAny"/>; <c>byte[]</c> becomes <see cref="ContentBinary"/>,
    /// a <see cref="Doc"/> <see cref="ContentDoc"/> and a shared type <see cref="ContentType"/>.
    /// Values must already be in the <see cref="JsValue"/> model (see <see cref="SharedValue.NormalizeListElements"/>).
    /// </summary>
    internal static void TypeListInsertGenericsAfter(Transaction transaction, AbstractType parent, Item? referenceItem, IReadOnlyList<object?> content)
    {
        var left = referenceItem;
        var right = referenceItem is null ? parent.Start : referenceItem.Right;
        var i = 0;
        while (i < content.Count)
        {
            // a run of JSON-like values becomes one ContentAny item
            var runEnd = i;
            while (runEnd < content.Count && IsListJsonValue(content[runEnd]))
            {
                runEnd++;
            }
            if (runEnd > i)
            {
                var run = new object?[runEnd - i];
                for (var j = 0; j < run.Length; j++)
                {
                    run[j] = content[i + j];
                }
                left = InsertContentAfter(transaction, parent, left, right, new ContentAny(run));
                i = runEnd;
                continue;
            }
            var c = content[i++];
            IContent itemContent = c switch
            {
                // yjs copies the buffer for list inserts (new Uint8Array(c)), not for map sets
                byte[] bytes => new ContentBinary((byte[])bytes.Clone()),
                Doc subdoc => new ContentDoc(subdoc),
                AbstractType type => new ContentType(type),
                _ => throw new ArgumentException("Unexpected content type in insert operation.", nameof(content)),
            };
            left = InsertContentAfter(transaction, parent, left, right, itemContent);
        }
    }

    private static Item InsertContentAfter(Transaction transaction, AbstractType parent, Item? left, Item? right, IContent content)
    {
        var doc = transaction.Doc;
        var client = doc.ClientID;
        var item = new Item(
            new ID(client, doc.Store.GetState(client)),
            left,
            left?.LastId,
            right,
            right?.Id,
            parent,
            null,
            content);
        item.Integrate(transaction, 0);
        return item;
    }

    // yjs packs values whose constructor is Number, Object, Boolean, Array or String (and null);
    // undefined, bigint and anything else are rejected in lists.
    private static bool IsListJsonValue(object? c) =>
        c is null or double or bool or string or JsObject or object?[];

    /// <summary>
    /// yjs <c>typeListInsertGenerics</c>: inserts <paramref name="content"/> at <paramref name="index"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is past the end ("Length exceeded!").</exception>
    internal static void TypeListInsertGenerics(Transaction transaction, AbstractType parent, int index, IReadOnlyList<object?> content)
    {
        if (index > parent.Length || index < 0)
        {
            throw LengthExceeded(nameof(index));
        }
        if (index == 0)
        {
            if (parent.SearchMarker is { } sm0)
            {
                UpdateMarkerChanges(sm0, index, content.Count);
            }
            TypeListInsertGenericsAfter(transaction, parent, null, content);
            return;
        }
        var startIndex = index;
        var marker = FindMarker(parent, index);
        var n = parent.Start;
        if (marker is not null)
        {
            n = marker.P;
            index -= marker.Index;
            // step one to the left so that the loop below can stop in front of the position
            if (index == 0)
            {
                n = n.Prev;
                index += n is not null && n.Countable && !n.Deleted ? n.Length : 0;
            }
        }
        for (; n is not null; n = n.Right)
        {
            if (!n.Deleted && n.Countable)
            {
                if (index <= n.Length)
                {
                    if (index < n.Length)
                    {
                        // insert in the middle of n: split it
                        transaction.Doc.Store.GetItemCleanStart(transaction, new ID(n.Id.Client, n.Id.Clock + index));
                    }
                    break;
                }
                index -= n.Length;
            }
        }
        if (parent.SearchMarker is { } sm)
        {
            UpdateMarkerChanges(sm, startIndex, content.Count);
        }
        TypeListInsertGenericsAfter(transaction, parent, n, content);
    }

    /// <summary>
    /// yjs <c>typeListPushGenerics</c>: appends after the last item, starting the walk from the
    /// marker with the highest index so that markers need no update.
    /// </summary>
    internal static void TypeListPushGenerics(Transaction transaction, AbstractType parent, IReadOnlyList<object?> content)
    {
        var maxIndex = 0;
        var n = parent.Start;
        if (parent.SearchMarker is { } sm)
        {
            for (var i = 0; i < sm.Count; i++)
            {
                if (sm[i].Index > maxIndex)
                {
                    maxIndex = sm[i].Index;
                    n = sm[i].P;
                }
            }
        }
        if (n is not null)
        {
            while (n.Right is not null)
            {
                n = n.Right;
            }
        }
        TypeListInsertGenericsAfter(transaction, parent, n, content);
    }

    /// <summary>yjs <c>typeListDelete</c>: deletes <paramref name="length"/> elements from <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than <paramref name="length"/> elements follow <paramref name="index"/>.</exception>
    internal static void TypeListDelete(Transaction transaction, AbstractType parent, int index, int length)
    {
        if (length == 0)
        {
            return;
        }
        var startIndex = index;
        var startLength = length;
        var marker = FindMarker(parent, index);
        var n = parent.Start;
        if (marker is not null)
        {
            n = marker.P;
            index -= marker.Index;
        }
        // find the first item to delete
        for (; n is not null && index > 0; n = n.Right)
        {
            if (!n.Deleted && n.Countable)
            {
                if (index < n.Length)
                {
                    transaction.Doc.Store.GetItemCleanStart(transaction, new ID(n.Id.Client, n.Id.Clock + index));
                }
                index -= n.Length;
            }
        }
        // delete until done
        while (length > 0 && n is not null)
        {
            if (!n.Deleted)
            {
                if (length < n.Length)
                {
                    transaction.Doc.Store.GetItemCleanStart(transaction, new ID(n.Id.Client, n.Id.Clock + length));
                }
                n.Delete(transaction);
                length -= n.Length;
            }
            n = n.Right;
        }
        if (length > 0)
        {
            throw LengthExceeded(nameof(length));
        }
        if (parent.SearchMarker is { } sm)
        {
            UpdateMarkerChanges(sm, startIndex, -startLength + length);
        }
    }

    private static ArgumentOutOfRangeException LengthExceeded(string paramName) =>
        new(paramName, "Length exceeded!");
}
