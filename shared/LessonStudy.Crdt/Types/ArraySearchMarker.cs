using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// A cached (item, index) pair that speeds up finding positions in long lists (yjs
/// <c>ArraySearchMarker</c>). The marker logic lives with the list operations.
/// </summary>
internal sealed class ArraySearchMarker
{
    internal ArraySearchMarker(Item p, int index, long timestamp)
    {
        p.Marker = true;
        P = p;
        Index = index;
        Timestamp = timestamp;
    }

    internal Item P;

    internal int Index;

    internal long Timestamp;
}
