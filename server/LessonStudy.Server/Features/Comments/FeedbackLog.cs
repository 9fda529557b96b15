namespace LessonStudy.Server.Features.Comments;

internal static partial class FeedbackLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Feedback blob {BlobName} changed under write attempt {Attempt}; retrying")]
    public static partial void WriteConflict(ILogger logger, string blobName, int attempt);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "The {Kind} record event of plan {PlanId} could not be appended; the change itself is stored")]
    public static partial void RecordAppendFailed(ILogger logger, Exception exception, string kind, string planId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "The {Kind} event of plan {PlanId} could not be pushed to connected clients; they see it on their next fetch")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string kind, string planId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "{Kind} {SubjectId} on plan {PlanId} by user {UserId}")]
    public static partial void Changed(ILogger logger, string kind, string subjectId, string planId, string userId);
}
