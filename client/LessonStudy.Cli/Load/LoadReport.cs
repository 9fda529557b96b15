using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LessonStudy.Cli.Load;

/// <summary>The figures of one run, printed for people or as JSON (<c>--json</c>).</summary>
internal sealed record LoadReport(
    int Documents,
    int Editors,
    double Rate,
    double DurationSeconds,
    double WarmupSeconds,
    int Seed,
    long Edits,
    int TimedEdits,
    long ExpectedArrivals,
    LatencySummary EditToPeer,
    long Acknowledged,
    double AcknowledgedPerSecond,
    LatencySummary Ack,
    int ConvergedDocuments,
    bool AllSaved,
    ServerFigures? Server)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"lessonstudy load: {Documents} documents x {Editors} editors x {Rate:0.##} edits/s for {DurationSeconds:0.#} s (warm-up {WarmupSeconds:0.#} s), seed {Seed}");
        text.AppendLine(c, $"  edits made           {Edits} in the measured window ({TimedEdits} inserts timed)");
        text.AppendLine(c, $"  edit->peer latency   {Format(EditToPeer)}  ({EditToPeer.Samples} arrivals of {ExpectedArrivals} expected)");
        text.AppendLine(c, $"  acknowledged         {Acknowledged} updates, {AcknowledgedPerSecond:0.0} updates/s");
        text.AppendLine(c, $"  ack latency          {Format(Ack)}");
        text.AppendLine(c, $"  converged documents  {ConvergedDocuments}/{Documents}; everything saved: {(AllSaved ? "yes" : "no")}");
        if (Server is { } server)
        {
            text.AppendLine(c, $"  server (pid {server.Pid})    CPU {server.CpuPercent:0.0} % of one core; RSS mean {server.RssMeanMiB:0.0} MiB, max {server.RssMaxMiB:0.0} MiB");
        }

        return text.ToString();
    }

    private static string Format(LatencySummary s) => s.Samples == 0
        ? "no samples"
        : string.Create(CultureInfo.InvariantCulture, $"p50 {s.P50:0.0} ms  p95 {s.P95:0.0} ms  p99 {s.P99:0.0} ms  max {s.Max:0.0} ms");
}
