namespace LessonStudy.Server.Features.Access;

/// <summary>Access log messages. Tokens and keys are never part of any message.</summary>
internal static partial class AccessLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Sign-in: {Mode}")]
    public static partial void SignInActive(ILogger logger, SignInMode mode);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Development sign-in: created a new signing key in blob {BlobName}")]
    public static partial void DevKeyCreated(ILogger logger, string blobName);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Development sign-in: signing key from {Source}")]
    public static partial void DevKeyLoaded(ILogger logger, string source);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Debug, Message = "Development sign-in: issued a token for user {UserId}")]
    public static partial void DevTokenIssued(ILogger logger, string userId);
}
