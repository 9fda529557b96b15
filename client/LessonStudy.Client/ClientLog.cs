using Microsoft.Extensions.Logging;

namespace LessonStudy.Client;

/// <summary>The client's log messages (source-generated). Tokens and document content are never logged.</summary>
internal static partial class ClientLog
{
    [LoggerMessage(1, LogLevel.Information, "Connected to the collaboration hub (connection {ConnectionId}).")]
    public static partial void Connected(ILogger logger, string? connectionId);

    [LoggerMessage(2, LogLevel.Warning, "Connection to the collaboration hub lost; reconnecting.")]
    public static partial void ConnectionLost(ILogger logger, Exception? error);

    [LoggerMessage(3, LogLevel.Information, "Reconnect attempt {Attempt} failed.")]
    public static partial void ReconnectFailed(ILogger logger, int attempt, Exception error);

    [LoggerMessage(4, LogLevel.Warning, "The server refused a message for document {DocumentId}: {Reason}")]
    public static partial void Rejected(ILogger logger, string documentId, string reason);

    [LoggerMessage(5, LogLevel.Debug, "A send for document {DocumentId} was cut off with the connection; it is sent again after the reconnect.")]
    public static partial void SendInterrupted(ILogger logger, string documentId, Exception? error);

    [LoggerMessage(6, LogLevel.Information, "Sent {Count} unacknowledged updates of document {DocumentId} again.")]
    public static partial void Resent(ILogger logger, string documentId, int count);

    [LoggerMessage(7, LogLevel.Warning, "The server refused to rejoin document {DocumentId}.")]
    public static partial void RejoinRefused(ILogger logger, string documentId, Exception error);

    [LoggerMessage(8, LogLevel.Debug, "Rejoining document {DocumentId} was interrupted.")]
    public static partial void RejoinInterrupted(ILogger logger, string documentId, Exception error);

    [LoggerMessage(9, LogLevel.Warning, "Dropped a malformed frame for document {DocumentId}.")]
    public static partial void MalformedFrame(ILogger logger, string documentId, Exception error);

    [LoggerMessage(10, LogLevel.Warning, "Permission denied on document {DocumentId}: {Reason}")]
    public static partial void PermissionDenied(ILogger logger, string documentId, string reason);

    [LoggerMessage(11, LogLevel.Debug, "Leaving document {DocumentId} did not reach the server.")]
    public static partial void LeaveFailed(ILogger logger, string documentId, Exception error);

    [LoggerMessage(12, LogLevel.Information, "The hub asked for a frame of document {DocumentId} again later (attempt {Attempt}).")]
    public static partial void SendingAgain(ILogger logger, string documentId, int attempt);
}
