using BenchmarkDotNet.Attributes;
using LessonStudy.Benchmarks.SideBySide;
using LessonStudy.Crdt;
using LessonStudy.TestKit;

namespace LessonStudy.Benchmarks.Suites;

/// <summary>The engine alone on the editing traces: statistics and allocations (BenchmarkDotNet).</summary>
[MemoryDiagnoser]
public class TraceBenchmarks
{
    private EditingTrace _trace = null!;
    private byte[] _update = [];

    [Params("automerge-paper", "seph-blog1", "friendsforever_flat")]
    public string Trace { get; set; } = "automerge-paper";

    [GlobalSetup]
    public void Setup()
    {
        _trace = EditingTrace.Load(Trace);
        _update = TraceReplay.Apply(_trace).EncodeStateAsUpdate();
    }

    [Benchmark(Description = "apply as local edits")]
    public Doc Apply() => TraceReplay.Apply(_trace);

    [Benchmark(Description = "load the encoded state")]
    public Doc Load()
    {
        var doc = new Doc();
        doc.ApplyUpdate(_update);
        return doc;
    }
}
