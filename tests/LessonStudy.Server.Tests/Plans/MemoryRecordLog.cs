using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Tests.Plans;

/// <summary>
/// An event stream in memory, registered by these tests only while the server has no stream of its own:
/// the records feature registers the real one after the test's configuration, and then that one is used
/// (the tests read events back through <see cref="IRecordLog.ReadAsync"/>, which both answer).
/// </summary>
internal sealed class MemoryRecordLog(TimeProvider time) : IRecordLog
{
    private readonly ConcurrentQueue<RecordEvent> events = new();

    public Task AppendAsync(RecordEvent recordEvent, CancellationToken cancellationToken)
    {
        events.Enqueue(recordEvent);
        return Task.CompletedTask;
    }

    public RecordEvent Create(string kind, string userId, string? groupId, string? planId, int? round, string? stage, object data) =>
        new(RecordEvent.CurrentSchemaVersion, ResourceId.New(), kind, time.GetUtcNow(), userId, groupId, planId, round, stage,
            JsonSerializer.SerializeToElement(data, data.GetType(), JsonSerializerOptions.Web));

    public async IAsyncEnumerable<RecordEvent> ReadAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var e in events.Where(e => e.At >= from && e.At <= to).OrderBy(e => e.At))
        {
            yield return e;
        }
    }
}
