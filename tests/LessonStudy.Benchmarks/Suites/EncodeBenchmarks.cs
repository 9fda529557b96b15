using BenchmarkDotNet.Attributes;
using LessonStudy.Benchmarks.SideBySide;
using LessonStudy.Crdt;
using LessonStudy.TestKit;

namespace LessonStudy.Benchmarks.Suites;

/// <summary>Encoding the whole state of a document built from a trace, in both formats.</summary>
[MemoryDiagnoser]
public class EncodeBenchmarks
{
    private Doc _doc = null!;

    [Params("automerge-paper", "seph-blog1", "friendsforever_flat")]
    public string Trace { get; set; } = "automerge-paper";

    [GlobalSetup]
    public void Setup() => _doc = TraceReplay.Apply(EditingTrace.Load(Trace));

    [Benchmark(Description = "EncodeStateAsUpdate (v1)")]
    public byte[] EncodeV1() => _doc.EncodeStateAsUpdate();

    [Benchmark(Description = "EncodeStateAsUpdateV2")]
    public byte[] EncodeV2() => _doc.EncodeStateAsUpdateV2();
}
