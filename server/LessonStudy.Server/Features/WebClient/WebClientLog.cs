namespace LessonStudy.Server.Features.WebClient;

internal static partial class WebClientLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Web client not found ({Path} has no index.html): serving the API and hub only. Build it with `npm ci && npm run build` in client/web, or set WebClient:Path.")]
    public static partial void FolderMissing(ILogger logger, string path);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Serving the web client from {Folder}")]
    public static partial void Serving(ILogger logger, string folder);
}
