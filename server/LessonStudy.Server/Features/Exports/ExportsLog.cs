namespace LessonStudy.Server.Features.Exports;

internal static partial class ExportsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Exported the {Scope} {Id} for {UserId}: {Plans} plans, {Events} events")]
    public static partial void Exported(ILogger logger, string scope, string id, string userId, int plans, int events);
}
