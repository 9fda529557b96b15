namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// <c>data</c> of the comment kinds on the analysis stream (<c>comment.*</c>, docs/storage.md): which thread
/// (and reply), and what changed — the text as written, the resolution, the disposition.
/// </summary>
public sealed record CommentEvent(
    string CommentId,
    string Category,
    string? ReplyId = null,
    string? Body = null,
    string? Quote = null,
    bool? Resolved = null,
    string? Disposition = null,
    string? Reason = null,
    string? VersionId = null);
