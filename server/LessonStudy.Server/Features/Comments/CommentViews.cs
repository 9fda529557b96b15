using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Crdt;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// Comment threads as the API shows them: anchors resolved against one state (the live document or a
/// version), deleted text hidden, a "next version" disposition linked to the version frozen after it.
/// </summary>
public sealed class CommentViews(Doc? state, string resolvedAgainst, IReadOnlyList<VersionRecord> versions)
{
    /// <summary><see cref="CommentAnchorDto.ResolvedAgainst"/> for the live document.</summary>
    public const string Live = "live";

    public CommentDto ToDto(CommentRecord comment) => new(
        comment.Id,
        comment.PlanId,
        comment.AuthorId,
        comment.AuthorName,
        comment.Category,
        comment.Deleted ? string.Empty : comment.Body,
        comment.Anchor is null ? null : ToDto(comment.Anchor),
        comment.Round,
        comment.Stage,
        comment.VersionId,
        comment.CreatedAt,
        comment.EditedAt,
        comment.Deleted,
        comment.Resolved,
        comment.ResolvedBy,
        comment.ResolvedAt,
        [.. comment.Replies.Select(ToDto)],
        comment.Disposition is null ? null : ToDto(comment.Disposition));

    /// <summary>Whether any thread needs the plan's versions to show where it was addressed.</summary>
    public static bool NeedsVersions(IEnumerable<CommentRecord> comments) =>
        comments.Any(c => c.Disposition is { VersionId: null });

    private CommentAnchorDto ToDto(CommentAnchorRecord anchor)
    {
        var place = state is not null && TextAnchors.Decode(anchor.Start) is { } start && TextAnchors.Decode(anchor.End) is { } end
            ? TextAnchors.Resolve(state, start, end, anchor.Quote)
            : new AnchorPlace(AnchorStatuses.Absent, null, null, null);
        return new CommentAnchorDto(
            anchor.Start,
            anchor.End,
            anchor.Quote,
            resolvedAgainst,
            place.Status,
            place.Deleted,
            place.Index,
            place.Length,
            place.Text,
            place.Deleted ? AnchorStatuses.DeletedLabel : null);
    }

    private static CommentReplyDto ToDto(CommentReplyRecord reply) => new(
        reply.Id,
        reply.AuthorId,
        reply.AuthorName,
        reply.Deleted ? string.Empty : reply.Body,
        reply.Deleted,
        reply.Round,
        reply.Stage,
        reply.CreatedAt,
        reply.EditedAt);

    private DispositionDto ToDto(DispositionRecord disposition)
    {
        var versionId = disposition.VersionId
            ?? versions.FirstOrDefault(v => v.CreatedAt > disposition.At)?.Id;
        return new DispositionDto(
            disposition.Disposition,
            disposition.Reason,
            versionId,
            disposition.VersionId is null,
            disposition.ByUserId,
            disposition.Round,
            disposition.At);
    }
}
