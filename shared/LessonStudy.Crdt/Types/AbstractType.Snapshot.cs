using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// Reading list and map types as they were in a snapshot (yjs typeListToArraySnapshot,
// typeListForEachSnapshot, typeMapGetSnapshot, typeMapGetAllSnapshot). Needs a document with gc off.
public abstract partial class AbstractType
{
    /// <summary>yjs <c>typeListToArraySnapshot</c>: the elements visible in <paramref name="snapshot"/>.</summary>
    internal static List<object?> TypeListToArraySnapshot(AbstractType type, Snapshot snapshot)
    {
        var cs = new List<object?>();
        for (var n = type.Start; n is not null; n = n.Right)
        {
            if (n.Countable && Snapshot.IsVisible(n, snapshot))
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

    /// <summary>yjs <c>typeListForEachSnapshot</c>.</summary>
    internal static void TypeListForEachSnapshot(AbstractType type, Action<object?, int> f, Snapshot snapshot)
    {
        var index = 0;
        for (var n = type.Start; n is not null; n = n.Right)
        {
            if (n.Countable && Snapshot.IsVisible(n, snapshot))
            {
                var c = n.Content.GetContent();
                for (var i = 0; i < c.Count; i++)
                {
                    f(c[i], index++);
                }
            }
        }
    }

    /// <summary>yjs <c>typeMapGetSnapshot</c>: the value <paramref name="key"/> had in <paramref name="snapshot"/>.</summary>
    internal static object? TypeMapGetSnapshot(AbstractType parent, string key, Snapshot snapshot)
    {
        parent.Map.TryGetValue(key, out var v);
        v = VisibleInSnapshot(v, snapshot);
        return v is not null && Snapshot.IsVisible(v, snapshot) ? LastContent(v) : JsUndefined.Value;
    }

    /// <summary>yjs <c>typeMapGetAllSnapshot</c>.</summary>
    internal static JsObject TypeMapGetAllSnapshot(AbstractType parent, Snapshot snapshot)
    {
        var res = new JsObject();
        foreach (var (key, value) in parent.Map)
        {
            var v = VisibleInSnapshot(value, snapshot);
            if (v is not null && Snapshot.IsVisible(v, snapshot))
            {
                res[key] = LastContent(v);
            }
        }
        return res;
    }

    // Walks left to the newest value that existed when the snapshot was taken.
    private static Item? VisibleInSnapshot(Item? v, Snapshot snapshot)
    {
        while (v is not null && (!snapshot.Sv.TryGetValue(v.Id.Client, out var clock) || v.Id.Clock >= clock))
        {
            v = v.Left;
        }
        return v;
    }
}
