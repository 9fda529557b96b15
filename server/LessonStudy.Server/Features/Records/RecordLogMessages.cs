namespace LessonStudy.Server.Features.Records;

internal static partial class RecordLogMessages
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} ({Kind}): append to {Blob} at {Position} failed (attempt {Attempt}), retrying")]
    public static partial void AppendRetry(this ILogger logger, Exception exception, string eventId, string kind, string blob, long position, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {EventId} ({Kind}) could not be stored in {Blob}")]
    public static partial void AppendFailed(this ILogger logger, Exception exception, string eventId, string kind, string blob);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventId}: the append retried at {Blob}:{Position} had already landed; not written again")]
    public static partial void AlreadyLanded(this ILogger logger, string eventId, string blob, long position);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event blob {Blob} grew under this node (expected {Expected} bytes, found {Found}); continuing after it. Is another server running with the same Storage:NodeId?")]
    public static partial void BlobChangedByAnotherWriter(this ILogger logger, string blob, long expected, long found);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event blob {Blob} ends in a torn line ({Bytes} bytes without a newline); new events go to the next roll")]
    public static partial void TornTail(this ILogger logger, string blob, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event blob {Blob}: line at byte {Offset} is not an event; skipped")]
    public static partial void UnreadableLine(this ILogger logger, string blob, long offset);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Events now go to {Blob}")]
    public static partial void RolledOver(this ILogger logger, string blob);
}
