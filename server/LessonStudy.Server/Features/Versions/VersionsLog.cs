namespace LessonStudy.Server.Features.Versions;

internal static partial class VersionsLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Version {VersionId} of plan {PlanId} saved by user {UserId}")]
    public static partial void Saved(ILogger logger, string versionId, string planId, string userId);
}
