using BenchmarkDotNet.Attributes;
using LessonStudy.Benchmarks.SideBySide;
using LessonStudy.Crdt.Updates;
using LessonStudy.TestKit;

namespace LessonStudy.Benchmarks.Suites;

/// <summary>Document-less merge of the automerge-paper trace's single-edit updates (log compaction).</summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    private List<ReadOnlyMemory<byte>> _updates = [];

    [Params(40_000, 259_778)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var trace = EditingTrace.Load("automerge-paper");
        _updates = new List<ReadOnlyMemory<byte>>(Count);
        TraceReplay.Apply(trace, Count, u => _updates.Add(u));
    }

    [Benchmark(Description = "MergeUpdates")]
    public byte[] Merge() => EncodedUpdates.MergeUpdates(_updates);
}
