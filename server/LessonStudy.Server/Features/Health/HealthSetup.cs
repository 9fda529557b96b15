using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace LessonStudy.Server.Features.Health;

public static class HealthSetup
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";
    public const string MetricsPath = "/metrics";

    private const string ReadyTag = "ready";

    /// <summary>/healthz, /readyz and the OpenTelemetry metrics.</summary>
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        builder.Services.AddSingleton(new MetricsAccess(builder.Configuration.GetValue<bool>(MetricsAccess.AllowRemoteKey)));
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ServerMeter.Name)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        // Liveness has no dependencies: a storage outage must not get a healthy process restarted.
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponses.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponses.WriteAsync })
            .AllowAnonymous();
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: access.Guard, optionsName: null)
            .AllowAnonymous();
        return app;
    }
}
