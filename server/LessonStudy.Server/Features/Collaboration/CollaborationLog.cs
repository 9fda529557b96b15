namespace LessonStudy.Server.Features.Collaboration;

/// <summary>The collaboration feature's log messages (source-generated).</summary>
internal static partial class CollaborationLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Loaded document {DocumentId} from {Updates} stored updates")]
    public static partial void DocumentLoaded(ILogger logger, string documentId, int updates);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Document {DocumentId} could not be loaded; it is not served and not written until it can be")]
    public static partial void DocumentLoadFailed(ILogger logger, string documentId, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "A stored update of document {DocumentId} could not be applied and was skipped")]
    public static partial void StoredUpdateSkipped(ILogger logger, string documentId, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Persisting {Count} updates of document {DocumentId} failed; they stay unacknowledged and are retried")]
    public static partial void PersistFailed(ILogger logger, string documentId, int count, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Compacting document {DocumentId} failed; the log keeps growing until the next attempt")]
    public static partial void CompactionFailed(ILogger logger, string documentId, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Unloaded idle document {DocumentId}")]
    public static partial void DocumentUnloaded(ILogger logger, string documentId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "Rejected a frame for document {DocumentId} from connection {ConnectionId}: {Reason}")]
    public static partial void FrameRejected(ILogger logger, string documentId, string connectionId, string reason);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Applying a frame to document {DocumentId} failed unexpectedly")]
    public static partial void FrameFailed(ILogger logger, string documentId, Exception exception);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Sending to connections of document {DocumentId} failed")]
    public static partial void SendFailed(ILogger logger, string documentId, Exception exception);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "A janitor pass over the open rooms failed")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
