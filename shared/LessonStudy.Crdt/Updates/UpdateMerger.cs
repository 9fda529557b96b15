namespace LessonStudy.Crdt.Updates;

/// <summary>
/// Merges encoded updates in time linear in their size (times a log factor for the heap).
///
/// yjs's <c>mergeUpdatesV2</c> keeps one reader per update and re-sorts all readers for every
/// struct it writes, which grows quadratically with the number of updates. The output is a
/// function of which reader it picks next, so this port keeps the same choice but makes it cheap:
/// <list type="number">
/// <item>Every update is decoded once into its structs (Skips dropped; merging re-creates gaps).</item>
/// <item>Clients are processed in descending order. For one client, the readers that hold structs
/// of it sit in a binary heap keyed by the clock of their current struct. yjs sorts stably and
/// only ever advances the first reader, so an advanced reader lands in front of readers with an
/// equal key; a tie value that decreases on every advance reproduces that order exactly.</item>
/// <item>The picked reader is handled as yjs handles it: structs already covered are dropped, a
/// gap is filled with a Skip, an overlap is sliced off (<c>sliceStruct</c>), GC next to GC
/// merges, and then the reader's contiguous run is written without consulting the others.</item>
/// </list>
/// The output equals yjs's whenever every input lists its clients in descending order, as every
/// update yjs writes does, except where GCs and items tie in threes or more (see the Ties part;
/// small inputs with GC/item ties go to <see cref="YjsMergeEmulation"/> instead). For other inputs yjs writes a client more than once (and its own
/// reader then keeps only the last block); here each update's structs are first ordered by
/// client (descending) and clock, so every client is written once.
/// </summary>
internal sealed partial class UpdateMerger
{
    private readonly List<LazyStruct> _all;
    private readonly LazyStructWriter _writer;
    private readonly long[] _ties;
    private readonly long[] _arrivals;
    private readonly List<int> _group = [];
    private long _seq;
    private long _sorts;

    // Per-client run heap, reused across clients.
    private Run[] _runs = [];
    private int[] _heap = [];
    private int _heapCount;

    public UpdateMerger(List<LazyStruct> all, int sourceCount)
    {
        _all = all;
        _writer = new LazyStructWriter(all.Count);
        _ties = new long[sourceCount];
        _arrivals = new long[sourceCount];
        for (var i = 0; i < sourceCount; i++)
        {
            _ties[i] = i;
        }
    }

    public LazyStructWriter Writer => _writer;

    /// <summary>Merges the structs of one client.</summary>
    /// <param name="runs">The per-update slices of <c>all</c> holding this client's structs, by update order.</param>
    /// <param name="mixedClocks">The clocks where a GC and an item start, if any (see <see cref="PickTop"/>).</param>
    public void MergeClient(List<Run> runs, HashSet<long>? mixedClocks)
    {
        LoadHeap(runs);
        InitTieGroups(mixedClocks);
        LazyStruct? currWrite = null;
        while (_heapCount > 0)
        {
            // One iteration of yjs's loop, which starts by sorting the readers.
            var sort = _sorts++;
            var r = _mixedClocks is not null ? PickTop(sort) : _heap[0];
            ref var run = ref _runs[r];
            if (currWrite is null)
            {
                currWrite = _all[run.Pos++];
                currWrite = Stream(ref run, currWrite);
                AfterAdvance(r);
                continue;
            }

            var frontier = currWrite.End;
            var dropped = false;
            while (run.Pos < run.End && _all[run.Pos].End <= frontier)
            {
                run.Pos++;
                dropped = true;
            }

            if (run.Pos == run.End)
            {
                RemoveTop(r);
                continue;
            }

            var head = _all[run.Pos];
            if (head.Clock > frontier)
            {
                if (dropped)
                {
                    // What was skipped may leave a gap another update fills: choose again.
                    Advanced(r);
                    continue;
                }

                _writer.Write(currWrite, 0);
                currWrite = Stream(ref run, LazyStruct.CreateSkip(head.Client, frontier, head.Clock - frontier));
                AfterAdvance(r);
                continue;
            }

            var piece = head.Clock < frontier ? head.SliceFrom(frontier - head.Clock) : head;
            if (currWrite.MergeWith(piece))
            {
                // yjs does not advance here; it sorts again and the reader with the lowest clock
                // (after what was dropped above) drops the merged struct next.
                if (dropped)
                {
                    Advanced(r);
                }

                continue;
            }

            _writer.Write(currWrite, 0);
            currWrite = piece;
            run.Pos++;
            currWrite = Stream(ref run, currWrite);
            AfterAdvance(r);
        }

        if (currWrite is not null)
        {
            _writer.Write(currWrite, 0);
        }
    }

    /// <summary>Writes <paramref name="currWrite"/> and the run's following structs while they are contiguous; returns the last, unwritten.</summary>
    private LazyStruct Stream(ref Run run, LazyStruct currWrite)
    {
        while (run.Pos < run.End)
        {
            var next = _all[run.Pos];
            if (next.Clock != currWrite.End)
            {
                break;
            }

            _writer.Write(currWrite, 0);
            currWrite = next;
            run.Pos++;
        }

        return currWrite;
    }

    private void AfterAdvance(int r)
    {
        if (_runs[r].Pos == _runs[r].End)
        {
            RemoveTop(r);
        }
        else
        {
            Advanced(r);
        }
    }

    /// <summary>The top reader moved: it goes in front of readers with an equal key (stable sort).</summary>
    private void Advanced(int r)
    {
        _ties[_runs[r].Source] = --_seq;
        _arrivals[_runs[r].Source] = _sorts;
        if (_mixedClocks is not null)
        {
            MovedInGroups(r, stillInClient: true);
        }

        SiftDown(0);
    }

    /// <summary>The top reader has no more structs of this client; it enters the next client as just advanced.</summary>
    private void RemoveTop(int r)
    {
        _ties[_runs[r].Source] = --_seq;
        _arrivals[_runs[r].Source] = _sorts;
        if (_mixedClocks is not null)
        {
            MovedInGroups(r, stillInClient: false);
        }

        _heap[0] = _heap[--_heapCount];
        if (_heapCount > 0)
        {
            SiftDown(0);
        }
    }

    private void LoadHeap(List<Run> runs)
    {
        if (_runs.Length < runs.Count)
        {
            _runs = new Run[Math.Max(runs.Count, _runs.Length * 2)];
            _heap = new int[_runs.Length];
        }

        _heapCount = runs.Count;
        for (var i = 0; i < runs.Count; i++)
        {
            _runs[i] = runs[i];
            _heap[i] = i;
        }

        for (var i = (_heapCount / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    private bool Less(int a, int b)
    {
        var ca = _all[_runs[a].Pos].Clock;
        var cb = _all[_runs[b].Pos].Clock;
        return ca < cb || (ca == cb && _ties[_runs[a].Source] < _ties[_runs[b].Source]);
    }

    private void SiftDown(int i)
    {
        var item = _heap[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _heapCount)
            {
                break;
            }

            if (child + 1 < _heapCount && Less(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Less(_heap[child], item))
            {
                break;
            }

            _heap[i] = _heap[child];
            i = child;
        }

        _heap[i] = item;
    }

    /// <summary>The structs of one client in one update: <c>all[Pos..End)</c>.</summary>
    internal struct Run
    {
        public int Source;
        public int Pos;
        public int End;
    }
}
