namespace LessonStudy.Server.Features.Persistence.Log;

internal static partial class DocumentLogMessages
{
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Document {DocumentId}: log segment {Segment} has a torn or corrupt tail at byte {Offset} ({SkippedBytes} bytes skipped): {Problem}")]
    public static partial void TornTail(this ILogger logger, string documentId, string segment, long offset, long skippedBytes, string problem);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Document {DocumentId}: snapshot {Snapshot} is unreadable ({Problem}); trying the one before it")]
    public static partial void SnapshotUnreadable(this ILogger logger, string documentId, long snapshot, string problem);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Document {DocumentId}: snapshot covers {Covered} bytes of log segment {Segment}, which holds only {Length}")]
    public static partial void SnapshotCoversMore(this ILogger logger, string documentId, string segment, long covered, long length);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Document {DocumentId}: append to {Segment} at {Position} failed (attempt {Attempt}), retrying")]
    public static partial void AppendRetry(this ILogger logger, Exception exception, string documentId, string segment, long position, int attempt);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Document {DocumentId}: the block retried at {Segment}:{Position} had already landed; not written again")]
    public static partial void AppendAlreadyLanded(this ILogger logger, string documentId, string segment, long position);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Document {DocumentId}: log segment {Segment} changed at {Position} under this node; is another server running with the same Storage:NodeId?")]
    public static partial void SegmentChangedByAnotherWriter(this ILogger logger, string documentId, string segment, long position);

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "Document {DocumentId}: loaded snapshot {Snapshot}, {Segments} log segments, {Records} updates, {UncompactedBytes} bytes uncompacted")]
    public static partial void Loaded(this ILogger logger, string documentId, long snapshot, int segments, int records, long uncompactedBytes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Document {DocumentId}: appending to new log segment {Segment}")]
    public static partial void RolledOver(this ILogger logger, string documentId, string segment);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Document {DocumentId}: compacted into snapshot {Snapshot} ({Bytes} bytes); removed {DeletedSegments} log segments")]
    public static partial void Compacted(this ILogger logger, string documentId, long snapshot, int bytes, int deletedSegments);
}
