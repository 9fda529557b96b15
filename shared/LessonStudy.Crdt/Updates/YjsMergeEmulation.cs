namespace LessonStudy.Crdt.Updates;

/// <summary>
/// yjs's <c>mergeUpdatesV2</c> loop as written: all readers re-sorted with V8's sort before every
/// struct. It is quadratic, and is used only for the inputs the linear <see cref="UpdateMerger"/>
/// cannot reproduce byte for byte: a GC and an item of different updates starting at the same
/// clock, where yjs's comparator is inconsistent and the result depends on how V8's sort walks
/// the whole reader array (<see cref="V8TimSort"/>). The caller keeps the input size small enough.
/// </summary>
internal sealed class YjsMergeEmulation
{
    private readonly List<LazyStruct> _all;
    private readonly int[] _pos;
    private readonly int[] _end;
    private readonly LazyStructWriter _writer;

    /// <param name="all">Every update's structs (Skips dropped), update after update.</param>
    /// <param name="ranges">Each update's slice of <paramref name="all"/>, in its own order.</param>
    public YjsMergeEmulation(List<LazyStruct> all, IReadOnlyList<(int Start, int End)> ranges)
    {
        _all = all;
        _pos = new int[ranges.Count];
        _end = new int[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            (_pos[i], _end[i]) = ranges[i];
        }

        _writer = new LazyStructWriter(all.Count);
    }

    public LazyStructWriter Run()
    {
        var sorter = new V8TimSort(Compare);
        var readers = new List<int>(_pos.Length);
        for (var i = 0; i < _pos.Length; i++)
        {
            readers.Add(i);
        }

        LazyStruct? currWrite = null;
        while (true)
        {
            readers.RemoveAll(d => Head(d) is null);
            sorter.Sort(readers);
            if (readers.Count == 0)
            {
                break;
            }

            var dec = readers[0];
            var firstClient = Head(dec)!.Client;
            if (currWrite is not null)
            {
                var curr = Head(dec);
                var iterated = false;
                while (curr is not null && curr.End <= currWrite.End && curr.Client >= currWrite.Client)
                {
                    curr = Next(dec);
                    iterated = true;
                }

                if (curr is null || curr.Client != firstClient || (iterated && curr.Clock > currWrite.End))
                {
                    continue;
                }

                if (firstClient != currWrite.Client)
                {
                    _writer.Write(currWrite, 0);
                    currWrite = curr;
                    Next(dec);
                }
                else if (currWrite.End < curr.Clock)
                {
                    if (currWrite.Kind == LazyStructKind.Skip)
                    {
                        currWrite.SetSkipLength(curr.End - currWrite.Clock);
                    }
                    else
                    {
                        _writer.Write(currWrite, 0);
                        currWrite = LazyStruct.CreateSkip(firstClient, currWrite.End, curr.Clock - currWrite.End);
                    }
                }
                else
                {
                    var diff = currWrite.End - curr.Clock;
                    if (diff > 0)
                    {
                        if (currWrite.Kind == LazyStructKind.Skip)
                        {
                            currWrite.SetSkipLength(currWrite.Length - diff);
                        }
                        else
                        {
                            curr = curr.SliceFrom(diff);
                        }
                    }

                    if (!currWrite.MergeWith(curr))
                    {
                        _writer.Write(currWrite, 0);
                        currWrite = curr;
                        Next(dec);
                    }
                }
            }
            else
            {
                currWrite = Head(dec)!;
                Next(dec);
            }

            for (var next = Head(dec); next is not null && next.Client == firstClient && next.Clock == currWrite.End; next = Next(dec))
            {
                _writer.Write(currWrite, 0);
                currWrite = next;
            }
        }

        if (currWrite is not null)
        {
            _writer.Write(currWrite, 0);
        }

        return _writer;
    }

    private LazyStruct? Head(int d) => _pos[d] < _end[d] ? _all[_pos[d]] : null;

    private LazyStruct? Next(int d)
    {
        _pos[d]++;
        return Head(d);
    }

    /// <summary>yjs's comparator: clients descending, clocks ascending; at an equal clock only Skips rank (last), else "first argument first".</summary>
    private int Compare(int d1, int d2)
    {
        var a = Head(d1)!;
        var b = Head(d2)!;
        if (a.Client == b.Client)
        {
            if (a.Clock == b.Clock)
            {
                return a.Kind == b.Kind ? 0 : a.Kind == LazyStructKind.Skip ? 1 : -1;
            }

            return a.Clock < b.Clock ? -1 : 1;
        }

        return b.Client > a.Client ? 1 : -1;
    }
}
