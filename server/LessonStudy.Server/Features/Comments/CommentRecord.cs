namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// The blob <c>plans/{planId}/comments/{commentId}.json</c> (schema version 1, docs/storage.md): one thread —
/// the comment, its anchor, its replies, its resolution and the 执教教师's dispositions. Deleting keeps the
/// record (<see cref="DeletedAt"/>) with its text, for analysis; the API no longer shows the text.
/// <see cref="Round"/>, <see cref="Stage"/> and <see cref="VersionId"/> (the version frozen when the stage began)
/// say what the comment was made on. Written only by ETag-guarded read-modify-write.
/// </summary>
public sealed record CommentRecord(
    int SchemaVersion,
    string Id,
    string PlanId,
    string AuthorId,
    string AuthorName,
    string Category,
    string Body,
    CommentAnchorRecord? Anchor,
    int Round,
    string Stage,
    string? VersionId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    IReadOnlyList<TextEditRecord> Edits,
    DateTimeOffset? DeletedAt,
    bool Resolved,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<CommentReplyRecord> Replies,
    IReadOnlyList<DispositionRecord> Dispositions) : IFeedbackRecord
{
    public const int CurrentSchemaVersion = 1;

    public bool Deleted => DeletedAt is not null;

    /// <summary>The disposition in force: the last one recorded.</summary>
    public DispositionRecord? Disposition => Dispositions.Count > 0 ? Dispositions[^1] : null;
}

/// <summary>
/// A text range of the plan's root text <c>content</c>: <see cref="Start"/> and <see cref="End"/> are base64
/// of yjs-encoded relative positions; <see cref="Quote"/> the text between them when the comment was made,
/// at UTF-16 offset <see cref="Index"/> of that document.
/// </summary>
public sealed record CommentAnchorRecord(string Start, string End, string Quote, int Index);

/// <summary>A reply in a thread; soft-deleted like the comment.</summary>
public sealed record CommentReplyRecord(
    string Id,
    string AuthorId,
    string AuthorName,
    string Body,
    int Round,
    string Stage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    IReadOnlyList<TextEditRecord> Edits,
    DateTimeOffset? DeletedAt)
{
    public bool Deleted => DeletedAt is not null;
}

/// <summary>An earlier text of a comment or reply, replaced at <see cref="ReplacedAt"/>.</summary>
public sealed record TextEditRecord(string Body, DateTimeOffset ReplacedAt);

/// <summary>
/// One disposition of a suggestion (采纳 adopted / 不采纳 rejected with <see cref="Reason"/> / 暂缓 deferred).
/// <see cref="VersionId"/> null means "addressed in the next version frozen after <see cref="At"/>".
/// </summary>
public sealed record DispositionRecord(string Disposition, string? Reason, string? VersionId, string ByUserId, int Round, DateTimeOffset At);
