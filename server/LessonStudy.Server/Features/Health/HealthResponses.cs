using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LessonStudy.Server.Features.Health;

/// <summary>
/// Probe answers in plain text: the status, then one short line per failing check ("storage: storage
/// unreachable"). Exception details stay in the log: the probes are anonymous.
/// </summary>
public static class HealthResponses
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var lines = new List<string> { report.Status.ToString() };
        lines.AddRange(report.Entries
            .Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Description}"));
        return context.Response.WriteAsync(string.Join('\n', lines) + "\n");
    }
}
