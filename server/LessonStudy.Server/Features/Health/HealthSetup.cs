namespace LessonStudy.Server.Features.Health;

public static class HealthSetup
{
    /// <summary>/healthz, /readyz and the OpenTelemetry metrics.</summary>
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        return app;
    }
}
