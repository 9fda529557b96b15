using System.Diagnostics.Metrics;

namespace LessonStudy.Server.Features.Persistence;

/// <summary>
/// Storage instruments on the server's meter ("LessonStudy.Server", exported by the health feature):
/// bytes written to the log and to snapshots, and how long a group commit takes to become durable.
/// </summary>
public sealed class StorageMetrics
{
    public const string MeterName = "LessonStudy.Server";

    private readonly Counter<long> bytesWritten;
    private readonly Histogram<double> appendDuration;

    public StorageMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        bytesWritten = meter.CreateCounter<long>(
            "lessonstudy.storage.bytes_written", "By", "Bytes written to document logs and snapshots (tag kind = log | snapshot).");
        appendDuration = meter.CreateHistogram<double>(
            "lessonstudy.storage.append.duration", "ms", "Time for one group commit to become durable in the document log.");
    }

    public void RecordAppend(long bytes, TimeSpan elapsed)
    {
        bytesWritten.Add(bytes, new KeyValuePair<string, object?>("kind", "log"));
        appendDuration.Record(elapsed.TotalMilliseconds);
    }

    public void RecordSnapshot(long bytes) => bytesWritten.Add(bytes, new KeyValuePair<string, object?>("kind", "snapshot"));
}
