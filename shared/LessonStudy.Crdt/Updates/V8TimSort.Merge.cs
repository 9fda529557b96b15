namespace LessonStudy.Crdt.Updates;

/// <summary>V8's run merges (<c>MergeLow</c>, <c>MergeHigh</c>), step for step; the two mirror each other as in V8.</summary>
internal sealed partial class V8TimSort
{
    private void MergeLow(int baseA, int lengthA, int baseB, int lengthB)
    {
        Array.Copy(_work, baseA, _temp, 0, lengthA);
        var dest = baseA;
        var cursorTemp = 0;
        var cursorB = baseB;
        _work[dest++] = _work[cursorB++];
        if (--lengthB == 0)
        {
            goto Succeed;
        }

        if (lengthA == 1)
        {
            goto CopyB;
        }

        var minGallop = _minGallop;
        while (true)
        {
            var winsA = 0;
            var winsB = 0;
            while (true)
            {
                if (_compare(_work[cursorB], _temp[cursorTemp]) < 0)
                {
                    _work[dest++] = _work[cursorB++];
                    winsB++;
                    lengthB--;
                    winsA = 0;
                    if (lengthB == 0)
                    {
                        goto Succeed;
                    }

                    if (winsB >= minGallop)
                    {
                        break;
                    }
                }
                else
                {
                    _work[dest++] = _temp[cursorTemp++];
                    winsA++;
                    lengthA--;
                    winsB = 0;
                    if (lengthA == 1)
                    {
                        goto CopyB;
                    }

                    if (winsA >= minGallop)
                    {
                        break;
                    }
                }
            }

            minGallop++;
            var first = true;
            while (winsA >= MinGallopWins || winsB >= MinGallopWins || first)
            {
                first = false;
                minGallop = Math.Max(1, minGallop - 1);
                _minGallop = minGallop;
                winsA = GallopRight(_temp, _work[cursorB], cursorTemp, lengthA, 0);
                if (winsA > 0)
                {
                    Array.Copy(_temp, cursorTemp, _work, dest, winsA);
                    dest += winsA;
                    cursorTemp += winsA;
                    lengthA -= winsA;
                    if (lengthA == 1)
                    {
                        goto CopyB;
                    }

                    if (lengthA == 0)
                    {
                        goto Succeed;
                    }
                }

                _work[dest++] = _work[cursorB++];
                if (--lengthB == 0)
                {
                    goto Succeed;
                }

                winsB = GallopLeft(_work, _temp[cursorTemp], cursorB, lengthB, 0);
                if (winsB > 0)
                {
                    Array.Copy(_work, cursorB, _work, dest, winsB);
                    dest += winsB;
                    cursorB += winsB;
                    lengthB -= winsB;
                    if (lengthB == 0)
                    {
                        goto Succeed;
                    }
                }

                _work[dest++] = _temp[cursorTemp++];
                if (--lengthA == 1)
                {
                    goto CopyB;
                }
            }

            minGallop++;
            _minGallop = minGallop;
        }

    Succeed:
        if (lengthA > 0)
        {
            Array.Copy(_temp, cursorTemp, _work, dest, lengthA);
        }

        return;

    CopyB:
        Array.Copy(_work, cursorB, _work, dest, lengthB);
        _work[dest + lengthB] = _temp[cursorTemp];
    }

    private void MergeHigh(int baseA, int lengthA, int baseB, int lengthB)
    {
        Array.Copy(_work, baseB, _temp, 0, lengthB);
        var dest = baseB + lengthB - 1;
        var cursorTemp = lengthB - 1;
        var cursorA = baseA + lengthA - 1;
        _work[dest--] = _work[cursorA--];
        if (--lengthA == 0)
        {
            goto Succeed;
        }

        if (lengthB == 1)
        {
            goto CopyA;
        }

        var minGallop = _minGallop;
        while (true)
        {
            var winsA = 0;
            var winsB = 0;
            while (true)
            {
                if (_compare(_temp[cursorTemp], _work[cursorA]) < 0)
                {
                    _work[dest--] = _work[cursorA--];
                    winsA++;
                    lengthA--;
                    winsB = 0;
                    if (lengthA == 0)
                    {
                        goto Succeed;
                    }

                    if (winsA >= minGallop)
                    {
                        break;
                    }
                }
                else
                {
                    _work[dest--] = _temp[cursorTemp--];
                    winsB++;
                    lengthB--;
                    winsA = 0;
                    if (lengthB == 1)
                    {
                        goto CopyA;
                    }

                    if (winsB >= minGallop)
                    {
                        break;
                    }
                }
            }

            minGallop++;
            var first = true;
            while (winsA >= MinGallopWins || winsB >= MinGallopWins || first)
            {
                first = false;
                minGallop = Math.Max(1, minGallop - 1);
                _minGallop = minGallop;
                var k = GallopRight(_work, _temp[cursorTemp], baseA, lengthA, lengthA - 1);
                winsA = lengthA - k;
                if (winsA > 0)
                {
                    dest -= winsA;
                    cursorA -= winsA;
                    Array.Copy(_work, cursorA + 1, _work, dest + 1, winsA);
                    lengthA -= winsA;
                    if (lengthA == 0)
                    {
                        goto Succeed;
                    }
                }

                _work[dest--] = _temp[cursorTemp--];
                if (--lengthB == 1)
                {
                    goto CopyA;
                }

                k = GallopLeft(_temp, _work[cursorA], 0, lengthB, lengthB - 1);
                winsB = lengthB - k;
                if (winsB > 0)
                {
                    dest -= winsB;
                    cursorTemp -= winsB;
                    Array.Copy(_temp, cursorTemp + 1, _work, dest + 1, winsB);
                    lengthB -= winsB;
                    if (lengthB == 1)
                    {
                        goto CopyA;
                    }

                    if (lengthB == 0)
                    {
                        goto Succeed;
                    }
                }

                _work[dest--] = _work[cursorA--];
                if (--lengthA == 0)
                {
                    goto Succeed;
                }
            }

            minGallop++;
            _minGallop = minGallop;
        }

    Succeed:
        if (lengthB > 0)
        {
            Array.Copy(_temp, 0, _work, dest - (lengthB - 1), lengthB);
        }

        return;

    CopyA:
        dest -= lengthA;
        cursorA -= lengthA;
        Array.Copy(_work, cursorA + 1, _work, dest + 1, lengthA);
        _work[dest] = _temp[cursorTemp];
    }
}
