namespace LessonStudy.Server.Features.WebClient;

public static class WebClientSetup
{
    /// <summary>
    /// Serves the built web client (client/web/dist) with a fallback to its index.html for the client's
    /// own routes. Without the folder the server runs on (API and hub only) and says so once.
    /// </summary>
    public static WebApplication MapWebClient(this WebApplication app)
    {
        var options = app.Configuration.GetSection(WebClientOptions.Section).Get<WebClientOptions>() ?? new WebClientOptions();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebClientSetup));
        var folder = WebClientFolder.Locate(options.Path, app.Environment.ContentRootPath);
        if (folder is null)
        {
            WebClientLog.FolderMissing(logger, options.Path ?? WebClientFolder.DefaultRelativePath);
            return app;
        }

        WebClientLog.Serving(logger, folder);
        var files = new WebClientFiles(folder);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);

        // An endpoint rather than the static-file middleware: it runs wherever routing runs, after every
        // API and hub endpoint (fallback order), and AllowAnonymous keeps a fallback authorization policy
        // from hiding the sign-in page behind the sign-in. The pattern takes file paths too (MapFallback's
        // default leaves them out).
        app.MapFallback("{**path}", files.Handle).AllowAnonymous();
        return app;
    }
}
