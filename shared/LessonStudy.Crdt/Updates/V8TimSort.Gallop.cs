namespace LessonStudy.Crdt.Updates;

/// <summary>V8's galloping searches (<c>GallopLeft</c>, <c>GallopRight</c>), step for step.</summary>
internal sealed partial class V8TimSort
{
    /// <summary>Position of <paramref name="key"/> in a sorted range, left of equal elements.</summary>
    private int GallopLeft(int[] array, int key, int @base, int length, int hint)
    {
        var lastOfs = 0;
        var offset = 1;
        if (_compare(array[@base + hint], key) < 0)
        {
            var maxOfs = length - hint;
            while (offset < maxOfs)
            {
                if (_compare(array[@base + hint + offset], key) >= 0)
                {
                    break;
                }

                lastOfs = offset;
                offset = (offset << 1) + 1;
            }

            offset = Math.Min(offset, maxOfs);
            lastOfs += hint;
            offset += hint;
        }
        else
        {
            var maxOfs = hint + 1;
            while (offset < maxOfs)
            {
                if (_compare(array[@base + hint - offset], key) < 0)
                {
                    break;
                }

                lastOfs = offset;
                offset = (offset << 1) + 1;
            }

            offset = Math.Min(offset, maxOfs);
            var tmp = lastOfs;
            lastOfs = hint - offset;
            offset = hint - tmp;
        }

        lastOfs++;
        while (lastOfs < offset)
        {
            var m = lastOfs + ((offset - lastOfs) >> 1);
            if (_compare(array[@base + m], key) < 0)
            {
                lastOfs = m + 1;
            }
            else
            {
                offset = m;
            }
        }

        return offset;
    }

    /// <summary>Position of <paramref name="key"/> in a sorted range, right of equal elements.</summary>
    private int GallopRight(int[] array, int key, int @base, int length, int hint)
    {
        var lastOfs = 0;
        var offset = 1;
        if (_compare(key, array[@base + hint]) < 0)
        {
            var maxOfs = hint + 1;
            while (offset < maxOfs)
            {
                if (_compare(key, array[@base + hint - offset]) >= 0)
                {
                    break;
                }

                lastOfs = offset;
                offset = (offset << 1) + 1;
            }

            offset = Math.Min(offset, maxOfs);
            var tmp = lastOfs;
            lastOfs = hint - offset;
            offset = hint - tmp;
        }
        else
        {
            var maxOfs = length - hint;
            while (offset < maxOfs)
            {
                if (_compare(key, array[@base + hint + offset]) < 0)
                {
                    break;
                }

                lastOfs = offset;
                offset = (offset << 1) + 1;
            }

            offset = Math.Min(offset, maxOfs);
            lastOfs += hint;
            offset += hint;
        }

        lastOfs++;
        while (lastOfs < offset)
        {
            var m = lastOfs + ((offset - lastOfs) >> 1);
            if (_compare(key, array[@base + m]) < 0)
            {
                offset = m;
            }
            else
            {
                lastOfs = m + 1;
            }
        }

        return offset;
    }
}
