using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// Search markers (yjs AbstractType.js): a small cache of (item, index) pairs per list type so that
// index lookups start from a nearby item instead of walking from the start. At most
// MaxSearchMarker markers exist per type; the least recently used one is recycled.
public abstract partial class AbstractType
{
    internal const int MaxSearchMarker = 80;

    // yjs keeps one global ever-increasing clock; timestamps are only ever compared within one
    // type's marker list, so a per-type clock gives the same order without static state.
    private long _searchMarkerClock;

    private static void RefreshMarkerTimestamp(AbstractType type, ArraySearchMarker marker) =>
        marker.Timestamp = type._searchMarkerClock++;

    // The only place that moves a marker to another item (keeps Item.Marker flags consistent).
    private static void OverwriteMarker(AbstractType type, ArraySearchMarker marker, Item p, int index)
    {
        marker.P.Marker = false;
        marker.P = p;
        p.Marker = true;
        marker.Index = index;
        marker.Timestamp = type._searchMarkerClock++;
    }

    private static ArraySearchMarker MarkPosition(AbstractType type, List<ArraySearchMarker> searchMarker, Item p, int index)
    {
        if (searchMarker.Count >= MaxSearchMarker)
        {
            // recycle the least recently used marker instead of allocating
            var oldest = searchMarker[0];
            for (var i = 1; i < searchMarker.Count; i++)
            {
                var b = searchMarker[i];
                oldest = oldest.Timestamp < b.Timestamp ? oldest : b;
            }
            OverwriteMarker(type, oldest, p, index);
            return oldest;
        }
        var pm = new ArraySearchMarker(p, index, type._searchMarkerClock++);
        searchMarker.Add(pm);
        return pm;
    }

    /// <summary>
    /// yjs <c>findMarker</c>: a marker at (or near) <paramref name="index"/>, refreshed, or null when
    /// the type keeps no markers, is empty or <paramref name="index"/> is 0.
    /// </summary>
    internal static ArraySearchMarker? FindMarker(AbstractType yarray, int index)
    {
        var searchMarker = yarray.SearchMarker;
        if (yarray.Start is null || index == 0 || searchMarker is null)
        {
            return null;
        }
        ArraySearchMarker? marker = null;
        if (searchMarker.Count > 0)
        {
            marker = searchMarker[0];
            for (var i = 1; i < searchMarker.Count; i++)
            {
                var b = searchMarker[i];
                // ties go to the later marker, as in yjs' reduce
                marker = Math.Abs(index - marker.Index) < Math.Abs(index - b.Index) ? marker : b;
            }
        }
        var p = yarray.Start;
        var pindex = 0;
        if (marker is not null)
        {
            p = marker.P;
            pindex = marker.Index;
            RefreshMarkerTimestamp(yarray, marker);
        }
        // iterate right if possible
        while (p.Right is not null && pindex < index)
        {
            if (!p.Deleted && p.Countable)
            {
                if (index < pindex + p.Length)
                {
                    break;
                }
                pindex += p.Length;
            }
            p = p.Right;
        }
        // iterate left if necessary (pindex may be past index)
        while (p.Left is not null && pindex > index)
        {
            p = p.Left;
            if (!p.Deleted && p.Countable)
            {
                pindex -= p.Length;
            }
        }
        // a marker must not point at an item that could merge into its left neighbour
        while (p.Left is { } l && l.Id.Client == p.Id.Client && l.Id.Clock + l.Length == p.Id.Clock)
        {
            p = l;
            if (!p.Deleted && p.Countable)
            {
                pindex -= p.Length;
            }
        }
        // yjs: |marker.index - pindex| < parent.length / 80, compared without rounding
        if (marker is not null && (long)Math.Abs(marker.Index - pindex) * MaxSearchMarker < p.Parent!.Length)
        {
            OverwriteMarker(yarray, marker, p, pindex);
            return marker;
        }
        return MarkPosition(yarray, searchMarker, p, pindex);
    }

    /// <summary>
    /// yjs <c>updateMarkerChanges</c>: shifts markers after an insertion (<paramref name="len"/> &gt; 0)
    /// or deletion (<paramref name="len"/> &lt; 0) at <paramref name="index"/>. Call before deleting.
    /// </summary>
    internal static void UpdateMarkerChanges(List<ArraySearchMarker> searchMarker, int index, int len)
    {
        for (var i = searchMarker.Count - 1; i >= 0; i--)
        {
            var m = searchMarker[i];
            if (len > 0)
            {
                Item? p = m.P;
                p.Marker = false;
                // move to the previous undeleted countable item so that the index comparison holds
                while (p is not null && (p.Deleted || !p.Countable))
                {
                    p = p.Left;
                    if (p is not null && !p.Deleted && p.Countable)
                    {
                        m.Index -= p.Length;
                    }
                }
                if (p is null || p.Marker)
                {
                    // nothing left to mark, or the position is marked already
                    searchMarker.RemoveAt(i);
                    continue;
                }
                m.P = p;
                p.Marker = true;
            }
            if (index < m.Index || (len > 0 && index == m.Index))
            {
                m.Index = Math.Max(index, m.Index + len);
            }
        }
    }
}
