using System.Diagnostics;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Updates;
using LessonStudy.TestKit;

namespace LessonStudy.Benchmarks.SideBySide;

/// <summary>The engine's side of the side-by-side benchmark: the same steps as bench.mjs, same checks.</summary>
internal static class EngineBench
{
    public static EngineFigures Measure(EditingTrace trace, int warmup, int runs, int mergeCount)
    {
        var apply = new List<double>();
        var encode = new List<double>();
        var load = new List<double>();
        var heap = new List<double>();
        byte[] update = [];
        for (var i = 0; i < warmup + runs; i++)
        {
            Collect();
            var sw = Stopwatch.StartNew();
            var doc = TraceReplay.Apply(trace);
            var applyMs = sw.Elapsed.TotalMilliseconds;
            Check(doc, trace.EndContent, trace.Name, "replay");

            sw.Restart();
            update = doc.EncodeStateAsUpdate();
            var encodeMs = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            var loaded = new Doc();
            loaded.ApplyUpdate(update);
            var loadMs = sw.Elapsed.TotalMilliseconds;
            Check(loaded, trace.EndContent, trace.Name, "load");

            var held = LoadedHeap(update);
            if (i >= warmup)
            {
                apply.Add(applyMs);
                encode.Add(encodeMs);
                load.Add(loadMs);
                heap.Add(held);
            }

            Console.Error.WriteLine($"  engine {(i >= warmup ? "run" : "warm-up")} {i + 1}: apply {applyMs:F0} ms, encode {encodeMs:F1} ms, load {loadMs:F1} ms, heap {held / 1048576.0:F1} MiB");
        }

        var figures = new EngineFigures
        {
            ApplyMs = Median(apply),
            EncodeMs = Median(encode),
            LoadMs = Median(load),
            UpdateBytes = update.Length,
            LoadedHeapBytes = (long)Median(heap),
        };
        return mergeCount > 0 ? figures with { MergeMs = MeasureMerge(trace, mergeCount, warmup, runs), MergeCount = Math.Min(mergeCount, trace.Transactions.Count) } : figures;
    }

    /// <summary>Document-less merge of the first <paramref name="count"/> single-transaction updates (what log compaction does).</summary>
    public static double MeasureMerge(EditingTrace trace, int count, int warmup, int runs)
    {
        var updates = new List<ReadOnlyMemory<byte>>(Math.Min(count, trace.Transactions.Count));
        TraceReplay.Apply(trace, count, u => updates.Add(u));
        var times = new List<double>();
        byte[] merged = [];
        for (var i = 0; i < warmup + runs; i++)
        {
            Collect();
            var sw = Stopwatch.StartNew();
            merged = EncodedUpdates.MergeUpdates(updates);
            var ms = sw.Elapsed.TotalMilliseconds;
            if (i >= warmup)
            {
                times.Add(ms);
            }

            Console.Error.WriteLine($"  engine MergeUpdates({updates.Count}) {(i >= warmup ? "run" : "warm-up")} {i + 1}: {ms:F0} ms");
        }

        var check = new Doc();
        check.ApplyUpdate(merged);
        Check(check, TraceReplay.ExpectedAfter(trace, updates.Count), trace.Name, $"merge of {updates.Count} updates");
        return Median(times);
    }

    private static long LoadedHeap(byte[] update)
    {
        Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var doc = new Doc();
        doc.ApplyUpdate(update);
        Collect();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(doc);
        return after - before;
    }

    private static void Check(Doc doc, string expected, string trace, string step)
    {
        var actual = doc.GetText(TraceReplay.RootName).ToString();
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{trace}: {step} gives {actual.Length} characters that differ from the expected {expected.Length}.");
        }
    }

    private static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static double Median(List<double> xs)
    {
        xs.Sort();
        var m = xs.Count / 2;
        return xs.Count % 2 == 1 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
    }
}
