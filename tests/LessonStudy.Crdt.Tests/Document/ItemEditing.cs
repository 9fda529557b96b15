using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Document;

/// <summary>
/// Minimal list and map edits at the item level, so the engine can be tested without the concrete
/// types' operations.
/// </summary>
internal static class ItemEditing
{
    /// <summary>Inserts content at a countable index of a list type.</summary>
    internal static void Insert(Transaction tr, AbstractType parent, int index, IContent content)
    {
        Item? left = null;
        var right = parent.Start;
        var pos = 0;
        while (right is not null && pos < index)
        {
            if (!right.Deleted && right.Countable)
            {
                if (index < pos + right.Length)
                {
                    // Split inside this item.
                    right = tr.Doc.Store.GetItemCleanStart(tr, new ID(right.Id.Client, right.Id.Clock + index - pos));
                    break;
                }

                pos += right.Length;
            }

            left = right;
            right = right.Right;
        }

        if (right is not null)
        {
            left = right.Left;
        }

        var item = new Item(tr.NextId(), left, left?.LastId, right, right?.Id, parent, null, content);
        item.Integrate(tr, 0);
    }

    /// <summary>Deletes <paramref name="length"/> countable elements from <paramref name="index"/>.</summary>
    internal static void Delete(Transaction tr, AbstractType parent, int index, int length)
    {
        var pos = 0;
        for (var n = parent.Start; n is not null && length > 0; n = n.Right)
        {
            if (n.Deleted || !n.Countable)
            {
                continue;
            }

            if (pos + n.Length <= index)
            {
                pos += n.Length;
                continue;
            }

            if (pos < index)
            {
                n = tr.Doc.Store.GetItemCleanStart(tr, new ID(n.Id.Client, n.Id.Clock + index - pos));
                pos = index;
            }

            if (n.Length > length)
            {
                tr.Doc.Store.GetItemCleanStart(tr, new ID(n.Id.Client, n.Id.Clock + length));
            }

            length -= n.Length;
            pos += n.Length;
            n.Delete(tr);
        }
    }

    /// <summary>Sets a map key to a value.</summary>
    internal static void Set(Transaction tr, AbstractType parent, string key, IContent content)
    {
        var left = parent.Map.GetValueOrDefault(key);
        var item = new Item(tr.NextId(), left, left?.LastId, null, null, parent, key, content);
        item.Integrate(tr, 0);
    }

    internal static string Text(AbstractType type)
    {
        var sb = new System.Text.StringBuilder();
        for (var n = type.Start; n is not null; n = n.Right)
        {
            if (!n.Deleted && n.Content is ContentString s)
            {
                sb.Append(s.Str);
            }
        }

        return sb.ToString();
    }

    internal static ContentString Str(string s) => new(s);

    internal static ContentAny Any(params object?[] values) => new(values);

    internal static Doc NewDoc(ulong client, bool gc = true) => new(new DocOptions { ClientId = client, Gc = gc });
}
