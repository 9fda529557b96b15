namespace LessonStudy.Server.Features.Health;

internal static partial class HealthLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Readiness: storage is not reachable")]
    public static partial void StorageNotReady(ILogger logger, Exception? exception);
}
