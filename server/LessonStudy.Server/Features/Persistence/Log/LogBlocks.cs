namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// Turns a group commit's updates into runs of whole records, each appended to one segment as blocks of
/// at most the block size. A run is as many records as fit in one block — usually the whole group, so
/// one write — or a single record too large for a block, which then spans several. A run that stops
/// halfway (a crash, a failure) can only be the end of its segment: the log never appends after a
/// failed append, and after a load it starts a new segment when the last one has a torn tail.
/// </summary>
internal static class LogBlocks
{
    public static List<byte[]> Pack(IReadOnlyList<ReadOnlyMemory<byte>> updates, int maxBlockBytes, int maxUpdateBytes)
    {
        foreach (var update in updates)
        {
            if (update.IsEmpty)
            {
                throw new ArgumentException("An update must not be empty.", nameof(updates));
            }

            if (update.Length > maxUpdateBytes)
            {
                throw new ArgumentException(
                    $"An update of {update.Length} bytes is larger than the document log accepts ({maxUpdateBytes} bytes, Storage:Log:MaxUpdateBytes).",
                    nameof(updates));
            }
        }

        var runs = new List<byte[]>();
        var first = 0;
        while (first < updates.Count)
        {
            var size = LogRecordFormat.HeaderBytes + updates[first].Length;
            var end = first + 1;
            while (end < updates.Count && size + LogRecordFormat.HeaderBytes + updates[end].Length <= maxBlockBytes)
            {
                size += LogRecordFormat.HeaderBytes + updates[end].Length;
                end++;
            }

            var run = new byte[size];
            var offset = 0;
            for (var i = first; i < end; i++)
            {
                offset += LogRecordFormat.Write(run.AsSpan(offset), updates[i].Span);
            }

            runs.Add(run);
            first = end;
        }

        return runs;
    }

    /// <summary>How many blocks a run takes.</summary>
    public static int BlockCount(int runBytes, int maxBlockBytes) => (runBytes + maxBlockBytes - 1) / maxBlockBytes;
}
