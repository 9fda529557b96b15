using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// List operations shared by YArray, YText, YXmlFragment and YXmlElement (yjs AbstractType.js,
// the typeList* functions). They walk the linked list of items from Start (or a search marker).
public abstract partial class AbstractType
{
    /// <summary>yjs <c>getTypeChildren</c>: every item of the list, deleted ones included.</summary>
    internal static List<Item> GetTypeChildren(AbstractType t)
    {
        var arr = new List<Item>();
        for (var s = t.Start; s is not null; s = s.Right)
        {
            arr.Add(s);
        }
        return arr;
    }

    /// <summary>yjs <c>typeListSlice</c>; negative bounds count from the end.</summary>
    internal static List<object?> TypeListSlice(AbstractType type, int start, int end)
    {
        if (start < 0)
        {
            start = type.Length + start;
        }
        if (end < 0)
        {
            end = type.Length + end;
        }
        var len = end - start;
        var cs = new List<object?>(Math.Max(len, 0));
        for (var n = type.Start; n is not null && len > 0; n = n.Right)
        {
            if (n.Countable && !n.Deleted)
            {
                var c = n.Content.GetContent();
                if (c.Count <= start)
                {
                    start -= c.Count;
                }
                else
                {
                    for (var i = start; i < c.Count && len > 0; i++)
                    {
                        cs.Add(c[i]);
                        len--;
                    }
                    start = 0;
                }
            }
        }
        return cs;
    }

    /// <summary>yjs <c>typeListToArray</c>.</summary>
    internal static List<object?> TypeListToArray(AbstractType type)
    {
        var cs = new List<object?>(type.Length);
        for (var n = type.Start; n is not null; n = n.Right)
        {
            if (n.Countable && !n.Deleted)
            {
                var c = n.Content.GetContent();
                for (var i = 0; i < c.Count; i++)
                {
                    cs.Add(c[i]);
                }
            }
        }
        return cs;
    }

    /// <summary>yjs <c>typeListForEach</c>: calls <paramref name="f"/>(element, index) in order.</summary>
    internal static void TypeListForEach(AbstractType type, Action<object?, int> f)
    {
        var index = 0;
        for (var n = type.Start; n is not null; n = n.Right)
        {
            if (n.Countable && !n.Deleted)
            {
                var c = n.Content.GetContent();
                for (var i = 0; i < c.Count; i++)
                {
                    f(c[i], index++);
                }
            }
        }
    }

    /// <summary>yjs <c>typeListMap</c>.</summary>
    internal static List<TResult> TypeListMap<TResult>(AbstractType type, Func<object?, int, TResult> f)
    {
        var result = new List<TResult>(type.Length);
        TypeListForEach(type, (c, i) => result.Add(f(c, i)));
        return result;
    }

    /// <summary>
    /// yjs <c>typeListCreateIterator</c>. Like yjs it skips deleted items but not uncountable ones.
    /// </summary>
    internal static IEnumerable<object?> TypeListCreateIterator(AbstractType type)
    {
        for (var n = type.Start; n is not null; n = n.Right)
        {
            if (n.Deleted)
            {
                continue;
            }
            var c = n.Content.GetContent();
            for (var i = 0; i < c.Count; i++)
            {
                yield return c[i];
            }
        }
    }

    /// <summary>
    /// yjs <c>typeListGet</c>: the element at <paramref name="index"/>, or
    /// <see cref="JsUndefined.Value"/> when there is none.
    /// </summary>
    internal static object? TypeListGet(AbstractType type, int index)
    {
        var marker = FindMarker(type, index);
        var n = type.Start;
        if (marker is not null)
        {
            n = marker.P;
            index -= marker.Index;
        }
        for (; n is not null; n = n.Right)
        {
            if (!n.Deleted && n.Countable)
            {
                if (index < n.Length)
                {
                    return n.Content.GetContent()[index];
                }
                index -= n.Length;
            }
        }
        return JsUndefined.Value;
    }
}
