using System.Globalization;
using System.Runtime.InteropServices;
using LessonStudy.TestKit;

namespace LessonStudy.Benchmarks.SideBySide;

/// <summary>
/// Measures the three editing traces on yjs and on the engine in one run, on this machine, and
/// prints the engine/yjs ratios as a Markdown table (copied into docs/benchmarks.md). A ratio below
/// 1 means the engine is faster or smaller. Options: <c>--runs N</c> (default 5), <c>--warmup N</c>
/// (default 1), <c>--only NAME</c>, <c>--merge N</c> (updates merged on both sides, default 40000).
/// </summary>
internal static class SideBySideHarness
{
    public static int Run(string[] args)
    {
        var runs = IntOption(args, "--runs", 5);
        var warmup = IntOption(args, "--warmup", 1);
        var merge = IntOption(args, "--merge", 40_000);
        var only = StringOption(args, "--only");

        Console.Error.WriteLine("yjs side (Node) ...");
        var (yjs, versions) = YjsBench.Run(warmup, runs, only, merge);

        var engine = new Dictionary<string, EngineFigures>(StringComparer.Ordinal);
        double? mergeAllMs = null;
        var mergeAllCount = 0;
        foreach (var name in EditingTrace.Names.Where(n => only is null || n.StartsWith(only, StringComparison.Ordinal)))
        {
            Console.Error.WriteLine($"engine: {name} ...");
            var trace = EditingTrace.Load(name);
            var withMerge = name == "automerge-paper" ? merge : 0;
            engine[name] = EngineBench.Measure(trace, warmup, runs, withMerge);
            if (name == "automerge-paper")
            {
                mergeAllCount = trace.Transactions.Count;
                mergeAllMs = EngineBench.MeasureMerge(trace, mergeAllCount, warmup, runs);
            }
        }

        Print(yjs, engine, versions, runs, mergeAllMs, mergeAllCount);
        return 0;
    }

    private static void Print(Dictionary<string, EngineFigures> yjs, Dictionary<string, EngineFigures> engine, string versions, int runs, double? mergeAllMs, int mergeAllCount)
    {
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"Engine vs {versions}; .NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores; medians of {runs} runs."));
        Console.WriteLine();
        Console.WriteLine("| trace | apply ms (engine / yjs = ratio) | encode ms | load ms | update bytes | loaded-doc memory |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, e) in engine)
        {
            if (!yjs.TryGetValue(name, out var y))
            {
                continue;
            }

            Console.WriteLine(string.Create(ci,
                $"| {name} | {Cell(e.ApplyMs, y.ApplyMs, "F0")} | {Cell(e.EncodeMs, y.EncodeMs, "F1")} | {Cell(e.LoadMs, y.LoadMs, "F1")} | {Cell(e.UpdateBytes, y.UpdateBytes, "F0")} | {Cell(e.LoadedHeapBytes / 1048576.0, y.LoadedHeapBytes / 1048576.0, "F2")} MiB |"));
        }

        if (engine.TryGetValue("automerge-paper", out var a) && yjs.TryGetValue("automerge-paper", out var ya) && a.MergeMs is { } em && ya.MergeMs is { } ym)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(ci, $"Merging the first {a.MergeCount:N0} single-edit updates of automerge-paper without a document: {Cell(em, ym, "F0")} ms."));
        }

        if (mergeAllMs is { } all)
        {
            Console.WriteLine(string.Create(ci, $"Merging all {mergeAllCount:N0} single-edit updates of automerge-paper on the engine: {all:F0} ms."));
        }
    }

    private static string Cell(double engine, double yjs, string format) =>
        string.Create(CultureInfo.InvariantCulture, $"{engine.ToString(format, CultureInfo.InvariantCulture)} / {yjs.ToString(format, CultureInfo.InvariantCulture)} = **{(yjs > 0 ? engine / yjs : double.NaN):F2}**");

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
