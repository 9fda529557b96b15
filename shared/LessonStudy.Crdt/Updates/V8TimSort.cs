namespace LessonStudy.Crdt.Updates;

/// <summary>
/// The order in which V8's <c>Array.prototype.sort</c> (TimSort, as in CPython's
/// <c>listsort</c>) compares and moves elements, reproduced step for step. A consistent
/// comparator gives the same result as any stable sort; this exists for yjs's
/// <c>mergeUpdates</c>, whose comparator is not consistent for a GC and an item at the same
/// clock, so that the readers end up in the order they have in yjs (see <see cref="YjsMergeEmulation"/>).
/// </summary>
internal sealed partial class V8TimSort
{
    private const int MinGallopWins = 7;

    private readonly Func<int, int, int> _compare;
    private readonly List<(int Base, int Length)> _runs = [];
    private int[] _work = [];
    private int[] _temp = [];
    private int _minGallop;

    public V8TimSort(Func<int, int, int> compare) => _compare = compare;

    /// <summary>Sorts <paramref name="items"/> in place exactly as V8 would with the comparator.</summary>
    public void Sort(List<int> items)
    {
        var n = items.Count;
        if (n < 2)
        {
            return;
        }

        if (_work.Length < n)
        {
            _work = new int[Math.Max(n, _work.Length * 2)];
            _temp = new int[_work.Length];
        }

        items.CopyTo(_work);
        _runs.Clear();
        _minGallop = MinGallopWins;
        var low = 0;
        var remaining = n;
        var minRun = MinRunLength(n);
        while (remaining != 0)
        {
            var run = CountAndMakeRun(low, low + remaining);
            if (run < minRun)
            {
                var forced = Math.Min(minRun, remaining);
                BinaryInsertionSort(low, low + run, low + forced);
                run = forced;
            }

            _runs.Add((low, run));
            MergeCollapse();
            low += run;
            remaining -= run;
        }

        while (_runs.Count > 1)
        {
            var i = _runs.Count - 2;
            if (i > 0 && _runs[i - 1].Length < _runs[i + 1].Length)
            {
                i--;
            }

            MergeAt(i);
        }

        for (var i = 0; i < n; i++)
        {
            items[i] = _work[i];
        }
    }

    private static int MinRunLength(int n)
    {
        var r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }

        return n + r;
    }

    private int CountAndMakeRun(int lowArg, int high)
    {
        var low = lowArg + 1;
        if (low == high)
        {
            return 1;
        }

        var runLength = 2;
        var descending = _compare(_work[low], _work[low - 1]) < 0;
        var previous = _work[low];
        for (var idx = low + 1; idx < high; idx++)
        {
            var order = _compare(_work[idx], previous);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = _work[idx];
            runLength++;
        }

        if (descending)
        {
            Array.Reverse(_work, lowArg, runLength);
        }

        return runLength;
    }

    private void BinaryInsertionSort(int low, int startArg, int high)
    {
        for (var start = low == startArg ? startArg + 1 : startArg; start < high; start++)
        {
            var left = low;
            var right = start;
            var pivot = _work[start];
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (_compare(pivot, _work[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                _work[p] = _work[p - 1];
            }

            _work[left] = pivot;
        }
    }

    private bool RunInvariantEstablished(int n) =>
        n < 2 || _runs[n - 2].Length > _runs[n - 1].Length + _runs[n].Length;

    private void MergeCollapse()
    {
        while (_runs.Count > 1)
        {
            var n = _runs.Count - 2;
            if (!RunInvariantEstablished(n + 1) || !RunInvariantEstablished(n))
            {
                if (_runs[n - 1].Length < _runs[n + 1].Length)
                {
                    n--;
                }

                MergeAt(n);
            }
            else if (_runs[n].Length <= _runs[n + 1].Length)
            {
                MergeAt(n);
            }
            else
            {
                break;
            }
        }
    }

    private void MergeAt(int i)
    {
        var (baseA, lengthA) = _runs[i];
        var (baseB, lengthB) = _runs[i + 1];
        _runs[i] = (baseA, lengthA + lengthB);
        _runs.RemoveAt(i + 1);

        var k = GallopRight(_work, _work[baseB], baseA, lengthA, 0);
        baseA += k;
        lengthA -= k;
        if (lengthA == 0)
        {
            return;
        }

        lengthB = GallopLeft(_work, _work[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
        if (lengthB == 0)
        {
            return;
        }

        if (lengthA <= lengthB)
        {
            MergeLow(baseA, lengthA, baseB, lengthB);
        }
        else
        {
            MergeHigh(baseA, lengthA, baseB, lengthB);
        }
    }
}
