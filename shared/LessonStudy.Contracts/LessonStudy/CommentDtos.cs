namespace LessonStudy.Contracts.LessonStudy;

/// <summary>
/// The categories of a comment, the 三个一 of a 评课: <see cref="Highlight"/> 亮点, <see cref="Weakness"/> 不足,
/// <see cref="Suggestion"/> 建议. Only suggestions take a disposition.
/// </summary>
public static class CommentCategories
{
    /// <summary>亮点: what worked well.</summary>
    public const string Highlight = "highlight";

    /// <summary>不足: what fell short.</summary>
    public const string Weakness = "weakness";

    /// <summary>建议: a suggestion; the 执教教师 records a disposition on it in 修正.</summary>
    public const string Suggestion = "suggestion";

    public static readonly IReadOnlyList<string> All = [Highlight, Weakness, Suggestion];

    /// <summary>The Chinese name teachers use, for exports and summaries.</summary>
    public static string ChineseName(string category) => category switch
    {
        Highlight => "亮点",
        Weakness => "不足",
        Suggestion => "建议",
        _ => category,
    };
}

/// <summary>
/// The 执教教师's disposition of a suggestion: <see cref="Adopted"/> 采纳, <see cref="Rejected"/> 不采纳
/// (a reason is required), <see cref="Deferred"/> 暂缓.
/// </summary>
public static class CommentDispositions
{
    /// <summary>采纳: taken into the plan.</summary>
    public const string Adopted = "adopted";

    /// <summary>不采纳: not taken; the reason is required.</summary>
    public const string Rejected = "rejected";

    /// <summary>暂缓: put off (to a later round or another lesson).</summary>
    public const string Deferred = "deferred";

    public static readonly IReadOnlyList<string> All = [Adopted, Rejected, Deferred];
}

/// <summary>The <c>status</c> filter of the comment list.</summary>
public static class CommentStatuses
{
    /// <summary>Neither resolved nor deleted.</summary>
    public const string Open = "open";

    /// <summary>Resolved and not deleted.</summary>
    public const string Resolved = "resolved";

    /// <summary>Deleted by its author (kept for analysis; the body is not shown).</summary>
    public const string Deleted = "deleted";

    public static readonly IReadOnlyList<string> All = [Open, Resolved, Deleted];
}

/// <summary>Where an anchor's text is in the document (or version) it was resolved against.</summary>
public static class AnchorStatuses
{
    /// <summary>The anchored range holds exactly the quoted text.</summary>
    public const string Present = "present";

    /// <summary>The range still exists but its text was edited (partly deleted, or typed into).</summary>
    public const string Changed = "changed";

    /// <summary>The anchored text was deleted: shown as <see cref="DeletedLabel"/>.</summary>
    public const string Deleted = "deleted";

    /// <summary>The anchored text is not in that state at all (a version older than the comment).</summary>
    public const string Absent = "absent";

    /// <summary>The label clients show for <see cref="Deleted"/>.</summary>
    public const string DeletedLabel = "原文已删除";
}

/// <summary>
/// An anchor as the client sends it: <see cref="Start"/> and <see cref="End"/> are base64 of the yjs
/// binary encoding of relative positions in the root text <c>content</c> (exactly what
/// <c>Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index, assoc))</c> gives),
/// <see cref="Quote"/> the text between them as the client saw it.
/// </summary>
public sealed record CommentAnchorRequest(string Start, string End, string Quote);

/// <summary>Body of <c>POST /api/plans/{id}/comments</c>. <see cref="Anchor"/> null: a comment on the whole plan.</summary>
public sealed record CreateCommentRequest(string Category, string Body, CommentAnchorRequest? Anchor = null);

/// <summary>Body of a reply, and of editing a comment or reply (the author only).</summary>
public sealed record CommentTextRequest(string Body);

/// <summary>Body of <c>PUT /api/plans/{id}/comments/{commentId}/resolution</c>.</summary>
public sealed record ResolveCommentRequest(bool Resolved);

/// <summary>
/// Body of <c>PUT /api/plans/{id}/comments/{commentId}/disposition</c> (the 执教教师, in 修正, on a suggestion).
/// <see cref="VersionId"/> names the plan's version where it was addressed; null means the next version
/// frozen after the disposition (resolved when that version exists).
/// </summary>
public sealed record DispositionRequest(string Disposition, string? Reason = null, string? VersionId = null);

/// <summary>
/// An anchor as stored, resolved against the live document or the version asked for
/// (<see cref="ResolvedAgainst"/>: <c>live</c> or a version ID). <see cref="Index"/>/<see cref="Length"/>
/// are UTF-16 offsets in that text; <see cref="Text"/> what is there now. When <see cref="Deleted"/>,
/// clients show <see cref="Label"/> (原文已删除).
/// </summary>
public sealed record CommentAnchorDto(
    string Start,
    string End,
    string Quote,
    string ResolvedAgainst,
    string Status,
    bool Deleted,
    int? Index,
    int? Length,
    string? Text,
    string? Label);

public sealed record CommentReplyDto(
    string Id,
    string AuthorId,
    string AuthorName,
    string Body,
    bool Deleted,
    int Round,
    string Stage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt);

/// <summary>
/// A disposition. <see cref="VersionId"/> is where it was addressed: as given, or — when
/// <see cref="NextVersion"/> — the first version frozen after <see cref="At"/> (null until there is one).
/// </summary>
public sealed record DispositionDto(
    string Disposition,
    string? Reason,
    string? VersionId,
    bool NextVersion,
    string ByUserId,
    int Round,
    DateTimeOffset At);

public sealed record CommentDto(
    string Id,
    string PlanId,
    string AuthorId,
    string AuthorName,
    string Category,
    string Body,
    CommentAnchorDto? Anchor,
    int Round,
    string Stage,
    string? VersionId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool Deleted,
    bool Resolved,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<CommentReplyDto> Replies,
    DispositionDto? Disposition);
