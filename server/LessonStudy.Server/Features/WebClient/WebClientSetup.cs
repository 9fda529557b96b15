namespace LessonStudy.Server.Features.WebClient;

public static class WebClientSetup
{
    private static bool IsClientRequest(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Serves the built web client (client/web/dist) with a fallback to its index.html for the client's
    /// own routes. Without the folder the server runs on (API and hub only) and says so once.
    /// </summary>
    public static WebApplication UseWebClient(this WebApplication app)
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

        // A middleware that runs after routing has chosen (or not chosen) an endpoint and before
        // authorization: a GET that no API or hub endpoint took, outside /api and /hubs, is the client's.
        // Not a fallback endpoint: in the route table it would compete with API endpoints whose body
        // metadata does not match a request (POST /api/documents without a body, which the documents
        // contract allows) and win; and before authorization, the sign-in page is not behind the sign-in.
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && IsClientRequest(context.Request))
            {
                await files.Handle(context).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        return app;
    }
}
