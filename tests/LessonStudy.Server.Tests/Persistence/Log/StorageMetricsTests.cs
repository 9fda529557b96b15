using System.Diagnostics.Metrics;
using LessonStudy.Server.Features.Persistence;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Features.Persistence.Log;
using LessonStudy.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Persistence.Log;

public sealed class StorageMetricsTests
{
    [Fact]
    public async Task AppendAndCompact_ReportBytesWrittenAndAppendDuration()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var metrics = new StorageMetrics(factory);
        var measurements = new List<(string Instrument, double Value, string? Kind)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's meter: servers of tests running in parallel record into meters of the same
            // name, which a process-wide listener would hear too. A factory's meters carry it as scope.
            if (instrument.Meter.Name == ServerMeter.Name && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => { lock (measurements) { measurements.Add((instrument.Name, value, KindOf(tags))); } });
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => { lock (measurements) { measurements.Add((instrument.Name, value, KindOf(tags))); } });
        listener.Start();

        var root = Directory.CreateTempSubdirectory("lessonstudy-metrics-").FullName;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var log = new DocumentLogFactory(new LocalFolderBlobStore(root), "n", new DocumentLogOptions(), new RecordingLoggerFactory(), TimeProvider.System, metrics)
                .Open(ResourceId.New());
            await log.LoadAsync(timeout.Token);
            var edits = new TextEdits();
            await log.AppendAsync([edits.Append("a"), edits.Append("b")], timeout.Token);
            var appended = log.UncompactedBytes;
            await log.CompactAsync(edits.State(), timeout.Token);

            Assert.Contains(("lessonstudy.storage.bytes_written", (double)appended, "log"), measurements);
            Assert.Contains(measurements, m => m is { Instrument: "lessonstudy.storage.bytes_written", Kind: "snapshot", Value: > 0 });
            Assert.Single(measurements, m => m is { Instrument: "lessonstudy.storage.append.duration", Value: >= 0 });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string? KindOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "kind")
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
