namespace LessonStudy.Crdt.Updates;

/// <summary>
/// Which reader yjs takes when a GC and an item of different updates start at the same clock.
/// <para>
/// yjs's comparator answers "first argument first" for such a pair (it only ranks Skips, which
/// its readers filter out), so their order is whatever V8's sort makes of it, and V8 always
/// passes the element standing later in the array first: every sort of the readers reorders the
/// group of readers tied at that clock. The merger therefore keeps, for every clock where a GC
/// and an item meet, the group's order as it stands in yjs's array: a reader that arrives at the
/// clock (having just advanced at the front of the array) enters in front, readers starting
/// there enter in update order, and each sort (one per loop iteration, whatever client it
/// handles) is replayed on the group alone with V8's algorithm for short arrays (a first run,
/// then binary insertion). Replaying on the group alone is exact for two tied readers; with
/// three or more the real result can also depend on where unrelated readers stand, and may
/// differ. Groups larger than <see cref="MaxTieGroup"/> fall back to the heap's order. Any choice
/// writes a valid update.
/// </para>
/// </summary>
internal sealed partial class UpdateMerger
{
    /// <summary>Beyond this many tied readers the heap's order is used as is (keeps time linear).</summary>
    private const int MaxTieGroup = 64;

    /// <summary>Sorts replayed on one group before looking for a cycle gives up.</summary>
    private const int MaxReplayedSorts = 256;

    private readonly Dictionary<long, TieGroup> _groups = [];
    private readonly List<int[]> _seenOrders = [];
    private HashSet<long>? _mixedClocks;
    private long[] _groupClock = [];

    /// <summary>Builds the groups of a client's tied readers as they stand before its first iteration.</summary>
    private void InitTieGroups(HashSet<long>? mixedClocks)
    {
        _mixedClocks = mixedClocks;
        _groups.Clear();
        if (_groupClock.Length < _runs.Length)
        {
            _groupClock = new long[_runs.Length];
        }

        Array.Fill(_groupClock, -1, 0, _heapCount);
        if (mixedClocks is null)
        {
            return;
        }

        var members = new List<int>();
        for (var i = 0; i < _heapCount; i++)
        {
            if (mixedClocks.Contains(_all[_runs[i].Pos].Clock))
            {
                members.Add(i);
            }
        }

        // Replay arrivals in order: readers that start here form the first sort's order (update order).
        members.Sort((a, b) =>
        {
            var sa = _runs[a].Source;
            var sb = _runs[b].Source;
            return _arrivals[sa] != _arrivals[sb] ? _arrivals[sa].CompareTo(_arrivals[sb]) : sa.CompareTo(sb);
        });
        foreach (var r in members)
        {
            var arrival = _arrivals[_runs[r].Source];
            Join(r, arrival, atFront: arrival > 0);
        }
    }

    /// <summary>Reader <paramref name="r"/>'s head is first sorted at <paramref name="sort"/>.</summary>
    private void Join(int r, long sort, bool atFront)
    {
        var clock = _all[_runs[r].Pos].Clock;
        if (!_groups.TryGetValue(clock, out var group))
        {
            group = new TieGroup { LastSort = sort - 1 };
            _groups.Add(clock, group);
        }

        _groupClock[r] = clock;
        if (group.Overflowed || group.Order.Count >= MaxTieGroup)
        {
            // Too many tied readers to replay cheaply: the heap's order decides from now on.
            group.Overflowed = true;
            group.Order.Clear();
            return;
        }

        Evolve(group, sort - 1);
        if (atFront)
        {
            group.Order.Insert(0, r);
        }
        else
        {
            group.Order.Add(r);
        }
    }

    /// <summary>Reader <paramref name="r"/> advanced (at the end of sort <c>_sorts - 1</c>): it leaves its group and may join another.</summary>
    private void MovedInGroups(int r, bool stillInClient)
    {
        if (_groupClock[r] >= 0 && _groups.TryGetValue(_groupClock[r], out var old))
        {
            old.Order.Remove(r);
            _groupClock[r] = -1;
        }

        if (stillInClient && _mixedClocks is not null && _mixedClocks.Contains(_all[_runs[r].Pos].Clock))
        {
            Join(r, _sorts, atFront: true);
        }
    }

    /// <summary>The reader yjs handles at <paramref name="sort"/>, moved to the top of the heap.</summary>
    private int PickTop(long sort)
    {
        var top = _heap[0];
        var clock = _all[_runs[top].Pos].Clock;
        if (_mixedClocks is null || !_mixedClocks.Contains(clock) || !_groups.TryGetValue(clock, out var group)
            || group.Overflowed || group.Order.Count < 2)
        {
            return top;
        }

        Evolve(group, sort);
        var winner = group.Order[0];
        if (winner == top)
        {
            return top;
        }

        // The readers at the smallest clock form the subtree at the root; find the winner there.
        _group.Clear();
        _group.Add(0);
        for (var g = 0; g < _group.Count; g++)
        {
            if (_heap[_group[g]] == winner)
            {
                (_heap[0], _heap[_group[g]]) = (winner, top);
                return winner;
            }

            for (var child = (2 * _group[g]) + 1; child <= (2 * _group[g]) + 2 && child < _heapCount; child++)
            {
                if (_all[_runs[_heap[child]].Pos].Clock == clock)
                {
                    _group.Add(child);
                }
            }
        }

        return top;
    }

    /// <summary>Applies the sorts after <see cref="TieGroup.LastSort"/> up to <paramref name="sort"/>, skipping whole cycles.</summary>
    private void Evolve(TieGroup group, long sort)
    {
        var steps = sort - group.LastSort;
        group.LastSort = Math.Max(group.LastSort, sort);
        if (steps <= 0 || group.Order.Count < 2)
        {
            return;
        }

        _seenOrders.Clear();
        for (long done = 0; done < steps; done++)
        {
            var state = group.Order.ToArray();
            var seen = _seenOrders.FindIndex(s => s.AsSpan().SequenceEqual(state));
            if (seen >= 0)
            {
                var cycle = _seenOrders.Count - seen;
                var rest = (steps - done) % cycle;
                group.Order.Clear();
                group.Order.AddRange(_seenOrders[(int)(seen + rest)]);
                return;
            }

            if (_seenOrders.Count == MaxReplayedSorts)
            {
                // No cycle yet (never seen in practice): stop replaying rather than spend the time.
                return;
            }

            _seenOrders.Add(state);
            SortLikeV8(group.Order);
        }
    }

    /// <summary>V8's <c>Array.prototype.sort</c> for short arrays (one run, then binary insertion) with yjs's comparator on a tie group.</summary>
    private void SortLikeV8(List<int> a)
    {
        var n = a.Count;
        var runLength = 2;
        var descending = Compare(a[1], a[0]) < 0;
        for (var i = 2; i < n; i++)
        {
            var order = Compare(a[i], a[i - 1]);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            runLength++;
        }

        if (descending)
        {
            a.Reverse(0, runLength);
        }

        for (var start = runLength; start < n; start++)
        {
            var pivot = a[start];
            int left = 0, right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (Compare(pivot, a[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }

            a.RemoveAt(start);
            a.Insert(left, pivot);
        }
    }

    /// <summary>yjs's comparator for two readers at the same clock: 0 for equal kinds, else "first argument first".</summary>
    private int Compare(int x, int y) => _all[_runs[x].Pos].Kind == _all[_runs[y].Pos].Kind ? 0 : -1;

    private sealed class TieGroup
    {
        public List<int> Order { get; } = [];

        public long LastSort { get; set; }

        public bool Overflowed { get; set; }
    }
}
