namespace LessonStudy.Server.Features.Documents;

internal static partial class DocumentsLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Debug, Message = "Catalog blob {BlobName} changed under write attempt {Attempt}; retrying")]
    public static partial void CatalogWriteConflict(ILogger logger, string blobName, int attempt);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Document {DocumentId} shared with user {UserId} (canEdit: {CanEdit})")]
    public static partial void MemberSet(ILogger logger, string documentId, string userId, bool canEdit);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "A rights listener failed after document {DocumentId} changed; open connections may keep old rights until they rejoin")]
    public static partial void RightsListenerFailed(ILogger logger, Exception exception, string documentId);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Document {DocumentId} created by user {UserId}")]
    public static partial void DocumentCreated(ILogger logger, string documentId, string userId);
}
