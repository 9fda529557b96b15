using System.Runtime.CompilerServices;

namespace LessonStudy.Server.Features.Records;

/// <summary>
/// Reading the stream: every blob of every UTC day in the range (all nodes, all rolls), line by line. A
/// last line without its newline is a torn append and is skipped, as is any line that is not an event;
/// an event ID seen twice is returned once.
/// </summary>
internal sealed partial class BlobRecordLog
{
    public async IAsyncEnumerable<RecordEvent> ReadAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (to < from)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lastDay = DateOnly.FromDateTime(to.UtcDateTime);
        for (var day = DateOnly.FromDateTime(from.UtcDateTime); day <= lastDay; day = day.AddDays(1))
        {
            var events = new List<RecordEvent>();
            await foreach (var entry in store.ListAsync(RecordBlobNames.DayPrefix(day), cancellationToken).ConfigureAwait(false))
            {
                if (!entry.Name.EndsWith(RecordBlobNames.Extension, StringComparison.Ordinal)
                    || await store.ReadAsync(entry.Name, cancellationToken).ConfigureAwait(false) is not { } content)
                {
                    continue;
                }

                foreach (var recordEvent in ParseLines(entry.Name, content.Data))
                {
                    if (recordEvent.At >= from && recordEvent.At <= to && seen.Add(recordEvent.Id))
                    {
                        events.Add(recordEvent);
                    }
                }
            }

            events.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : string.CompareOrdinal(a.Id, b.Id));
            foreach (var recordEvent in events)
            {
                yield return recordEvent;
            }
        }
    }

    private List<RecordEvent> ParseLines(string blob, byte[] data)
    {
        var events = new List<RecordEvent>();
        var start = 0;
        while (start < data.Length)
        {
            var length = data.AsSpan(start).IndexOf((byte)'\n');
            if (length < 0)
            {
                // A torn last append: the writer moved on to the next roll.
                break;
            }

            if (length > 0)
            {
                if (RecordEventJson.FromLine(data.AsSpan(start, length)) is { } recordEvent)
                {
                    events.Add(recordEvent);
                }
                else
                {
                    logger.UnreadableLine(blob, start);
                }
            }

            start += length + 1;
        }

        return events;
    }
}
