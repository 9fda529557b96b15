namespace LessonStudy.Crdt.Updates;

/// <summary>
/// Which reader yjs takes when a GC and an item of different updates start at the same clock.
/// <para>
/// yjs's comparator answers "first argument first" for such a pair (it only ranks Skips, which
/// its readers filter out), so the pair is ordered by how V8's sort calls it: V8 always compares
/// the element that stands later in the array against the earlier one, so every sort of the
/// readers swaps the pair. When the pair forms (its second reader arrives at that clock, having
/// just advanced at the front of the array) the reader that was there first ends up in front;
/// when both start there, the later update. Each further sort (one per loop iteration, for any
/// client) swaps them again. Equal kinds compare equal and keep the stable order (see
/// <see cref="Advanced"/>). This is exact for two tied readers; with three or more, two of a kind
/// among them, V8's result also depends on where the others stand, and the choice here (a
/// tournament of the pairwise rule) may differ from yjs's. Either choice writes a valid update.
/// </para>
/// </summary>
internal sealed partial class UpdateMerger
{
    /// <summary>Beyond this many tied readers the heap's order is used as is (keeps time linear).</summary>
    private const int MaxTieGroup = 64;

    /// <summary>The reader yjs handles at <paramref name="sort"/>; moved to the top of the heap.</summary>
    private int PickTop(long sort)
    {
        var top = _heap[0];
        var clock = _all[_runs[top].Pos].Clock;
        _group.Clear();
        _group.Add(0);
        var mixed = false;
        var topKind = _all[_runs[top].Pos].Kind;
        for (var g = 0; g < _group.Count && _group.Count <= MaxTieGroup; g++)
        {
            for (var child = (2 * _group[g]) + 1; child <= (2 * _group[g]) + 2 && child < _heapCount; child++)
            {
                var head = _all[_runs[_heap[child]].Pos];
                if (head.Clock == clock)
                {
                    _group.Add(child);
                    mixed |= head.Kind != topKind;
                }
            }
        }

        if (!mixed || _group.Count > MaxTieGroup)
        {
            return top;
        }

        var best = 0;
        for (var g = 1; g < _group.Count; g++)
        {
            if (ComesFirst(_heap[_group[g]], _heap[_group[best]], sort))
            {
                best = g;
            }
        }

        var winner = _heap[_group[best]];
        (_heap[0], _heap[_group[best]]) = (winner, top);
        return winner;
    }

    /// <summary>Whether yjs's sort number <paramref name="sort"/> puts reader <paramref name="p"/> before <paramref name="q"/> (same clock).</summary>
    private bool ComesFirst(int p, int q, long sort)
    {
        var sp = _runs[p].Source;
        var sq = _runs[q].Source;
        if (_all[_runs[p].Pos].Kind == _all[_runs[q].Pos].Kind)
        {
            return _ties[sp] < _ties[sq];
        }

        var ap = _arrivals[sp];
        var aq = _arrivals[sq];
        var pFirstWhenFormed = ap == aq ? sp > sq : ap < aq;
        var swaps = sort - Math.Max(ap, aq);
        return (swaps & 1) == 0 ? pFirstWhenFormed : !pFirstWhenFormed;
    }
}
