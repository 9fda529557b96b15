using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt;

public sealed partial class StructStore
{
    private List<AbstractType>? _gcQueue;

    /// <summary>
    /// Collects all children of a deleted type (yjs <c>ContentType.gc</c>): they become GC structs.
    /// Nested types are queued rather than recursed into; the order does not change the result.
    /// </summary>
    internal void GcTypeContent(AbstractType type)
    {
        var queue = _gcQueue ??= new List<AbstractType>();
        queue.Add(type);
        if (queue.Count > 1)
        {
            return;
        }

        try
        {
            for (var i = 0; i < queue.Count; i++)
            {
                var t = queue[i];
                for (var item = t.Start; item is not null; item = item.Right)
                {
                    item.Gc(this, true);
                }

                t.Start = null;
                foreach (var head in t.Map.Values)
                {
                    for (var item = head; item is not null; item = item.Left)
                    {
                        item.Gc(this, true);
                    }
                }

                t.Map = new Dictionary<string, Item>();
            }
        }
        finally
        {
            queue.Clear();
        }
    }
}
