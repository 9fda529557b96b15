using System.Globalization;
using System.Text.Json;
using LessonStudy.TestKit.Server;

namespace LessonStudy.Cli.Tests.Load;

/// <summary>
/// <c>lessonstudy load</c> against the real server in this process: a tiny run must produce a
/// complete report. No thresholds on the figures: speed is for benchmarks, not tests.
/// </summary>
public sealed class LoadCommandTests
{
    [Fact]
    public async Task Load_TinyRun_ReportsEveryFigure()
    {
        await using var server = await LoopbackServer.StartAsync();
        var pid = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

        var result = await Task.Run(() => CliProcess.Run(
            "load", "--url", server.BaseAddress.ToString(), "--documents", "2", "--editors", "2", "--rate", "5",
            "--duration", "2", "--warmup", "0.5", "--server-pid", pid, "--json"));

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
        using var report = JsonDocument.Parse(result.Stdout);
        var root = report.RootElement;
        Assert.Equal(2, root.GetProperty("documents").GetInt32());
        Assert.Equal(2, root.GetProperty("editors").GetInt32());
        Assert.True(root.GetProperty("edits").GetInt64() > 0);
        Assert.True(root.GetProperty("timedEdits").GetInt32() > 0);
        Assert.True(root.GetProperty("acknowledged").GetInt64() > 0);
        Assert.True(root.GetProperty("acknowledgedPerSecond").GetDouble() > 0);
        Assert.Equal(2, root.GetProperty("convergedDocuments").GetInt32());
        Assert.True(root.GetProperty("allSaved").GetBoolean());

        var peer = root.GetProperty("editToPeer");
        Assert.Equal(root.GetProperty("expectedArrivals").GetInt64(), peer.GetProperty("samples").GetInt32());
        foreach (var name in new[] { "p50", "p95", "p99", "max" })
        {
            Assert.True(peer.GetProperty(name).GetDouble() >= 0, name);
        }

        var ack = root.GetProperty("ack");
        Assert.True(ack.GetProperty("samples").GetInt32() > 0);
        Assert.True(ack.GetProperty("p50").GetDouble() <= ack.GetProperty("p99").GetDouble());

        var serverFigures = root.GetProperty("server");
        Assert.Equal(Environment.ProcessId, serverFigures.GetProperty("pid").GetInt32());
        Assert.True(serverFigures.GetProperty("rssMaxMiB").GetDouble() > 0);
        Assert.True(serverFigures.GetProperty("cpuPercent").GetDouble() >= 0);
    }

    [Fact]
    public void Load_BadUrl_FailsWithOneLine()
    {
        var result = CliProcess.Run("load", "--url", "not a url");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(result.StderrLines);
    }
}
