namespace LessonStudy.Cli.Load;

/// <summary>Latency samples in milliseconds and their nearest-rank percentiles.</summary>
internal sealed class Percentiles
{
    private readonly List<double> samples = [];
    private readonly object gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return samples.Count;
            }
        }
    }

    public void Add(double milliseconds)
    {
        lock (gate)
        {
            samples.Add(milliseconds);
        }
    }

    public LatencySummary Summarize()
    {
        double[] sorted;
        lock (gate)
        {
            sorted = [.. samples];
        }

        Array.Sort(sorted);
        return sorted.Length == 0
            ? new LatencySummary(0, null, null, null, null, null)
            : new LatencySummary(sorted.Length, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1], sorted.Average());
    }

    private static double At(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>Percentiles of one latency, in milliseconds (null when there were no samples).</summary>
internal sealed record LatencySummary(int Samples, double? P50, double? P95, double? P99, double? Max, double? Mean);
