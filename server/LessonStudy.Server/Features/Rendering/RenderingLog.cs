namespace LessonStudy.Server.Features.Rendering;

internal static partial class RenderingLog
{
    [LoggerMessage(EventId = 4501, Level = LogLevel.Information, Message = "Version {VersionId} of plan {PlanId} exported as Word by {UserId} (notes column: {NotesColumn}, {Bytes} bytes)")]
    public static partial void DocxExported(ILogger logger, string versionId, string planId, string userId, bool notesColumn, int bytes);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Debug, Message = "Versions {FromVersionId} and {ToVersionId} of plan {PlanId} compared for {UserId}")]
    public static partial void Compared(ILogger logger, string fromVersionId, string toVersionId, string planId, string userId);
}
