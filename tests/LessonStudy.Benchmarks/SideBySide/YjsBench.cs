using System.Diagnostics;
using System.Text.Json;
using LessonStudy.TestKit;

namespace LessonStudy.Benchmarks.SideBySide;

/// <summary>Runs the yjs side (tests/oracle/bench.mjs under Node) and reads its figures.</summary>
internal static class YjsBench
{
    public static (Dictionary<string, EngineFigures> Figures, string Versions) Run(int warmup, int runs, string? only, int mergeCount)
    {
        var script = Path.Combine(RepoPaths.Oracle, "bench.mjs");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Oracle,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--expose-gc", script, "--traces", RepoPaths.Traces, "--runs", runs.ToString(), "--warmup", warmup.ToString(), "--merge", mergeCount.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        if (only is not null)
        {
            start.ArgumentList.Add("--only");
            start.ArgumentList.Add(only);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(30)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"bench.mjs failed (exit {(process.HasExited ? process.ExitCode : -1)}); is tests/oracle installed (npm ci)?");
        }

        using var json = JsonDocument.Parse(output);
        var versions = json.RootElement.GetProperty("versions");
        var label = $"yjs {versions.GetProperty("yjs").GetString()}, lib0 {versions.GetProperty("lib0").GetString()}, Node {versions.GetProperty("node").GetString()}";
        var figures = new Dictionary<string, EngineFigures>(StringComparer.Ordinal);
        foreach (var trace in json.RootElement.GetProperty("traces").EnumerateObject())
        {
            var t = trace.Value;
            figures[trace.Name] = new EngineFigures
            {
                ApplyMs = t.GetProperty("applyMs").GetDouble(),
                EncodeMs = t.GetProperty("encodeMs").GetDouble(),
                LoadMs = t.GetProperty("loadMs").GetDouble(),
                UpdateBytes = t.GetProperty("updateBytes").GetInt64(),
                LoadedHeapBytes = t.GetProperty("loadedHeapBytes").GetInt64(),
                MergeMs = t.TryGetProperty("mergeUpdatesMs", out var m) ? m.GetDouble() : null,
                MergeCount = t.TryGetProperty("mergeUpdatesCount", out var c) ? c.GetInt32() : null,
            };
        }

        return (figures, label);
    }
}
