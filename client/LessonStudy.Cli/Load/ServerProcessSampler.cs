using System.Globalization;

namespace LessonStudy.Cli.Load;

/// <summary>
/// Samples another process's CPU time and resident memory from <c>/proc/{pid}</c> (Linux) once a
/// second. CPU is reported as a percentage of one core (200 % = both cores of a 2-core machine busy).
/// </summary>
internal sealed class ServerProcessSampler : IAsyncDisposable
{
    // USER_HZ: the unit of utime/stime in /proc/{pid}/stat; 100 on every Linux the kernel ships for.
    private const double ClockTicksPerSecond = 100;

    private readonly int pid;
    private readonly CancellationTokenSource stop = new();
    private readonly List<long> rssSamples = [];
    private readonly Task loop;
    private long startTicks;
    private long startTimestamp;
    private long endTicks;
    private long endTimestamp;

    private ServerProcessSampler(int pid)
    {
        this.pid = pid;
        startTicks = endTicks = ReadCpuTicks();
        startTimestamp = endTimestamp = TimeProvider.System.GetTimestamp();
        loop = RunAsync();
    }

    public static ServerProcessSampler Start(int pid)
    {
        if (!File.Exists($"/proc/{pid}/stat"))
        {
            throw new CliInputException($"--server-pid {pid}: no such process (or no /proc here).");
        }

        return new ServerProcessSampler(pid);
    }

    /// <summary>Forgets what was sampled so far (the warm-up).</summary>
    public void Restart()
    {
        lock (rssSamples)
        {
            rssSamples.Clear();
            startTicks = ReadCpuTicks();
            startTimestamp = TimeProvider.System.GetTimestamp();
        }
    }

    public ServerFigures Finish()
    {
        stop.Cancel();
        lock (rssSamples)
        {
            endTicks = ReadCpuTicks();
            endTimestamp = TimeProvider.System.GetTimestamp();
            var seconds = TimeProvider.System.GetElapsedTime(startTimestamp, endTimestamp).TotalSeconds;
            var cpu = seconds > 0 ? (endTicks - startTicks) / ClockTicksPerSecond / seconds * 100 : 0;
            var rss = rssSamples.Count > 0 ? rssSamples : [ReadRssBytes()];
            return new ServerFigures(pid, Math.Round(cpu, 1), ToMiB(rss.Average()), ToMiB(rss.Max()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped as asked.
        }

        stop.Dispose();
    }

    private static double ToMiB(double bytes) => Math.Round(bytes / (1024 * 1024), 1);

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stop.Token))
        {
            var rss = ReadRssBytes();
            lock (rssSamples)
            {
                rssSamples.Add(rss);
            }
        }
    }

    /// <summary>utime + stime: fields 14 and 15 of /proc/{pid}/stat, counted after the parenthesised command name.</summary>
    private long ReadCpuTicks()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private long ReadRssBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kib = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kib, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}

/// <summary>The server process during the measured window.</summary>
internal sealed record ServerFigures(int Pid, double CpuPercent, double RssMeanMiB, double RssMaxMiB);
