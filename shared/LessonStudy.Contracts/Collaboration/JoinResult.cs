namespace LessonStudy.Contracts.Collaboration;

/// <summary>
/// What the caller may do with a document right now. <paramref name="Stage"/> is
/// <see cref="DocumentStages.Document"/> for a plain shared document; lesson plans use their stage.
/// </summary>
public sealed record JoinResult(string DocumentId, string Stage, int Round, bool CanEdit, bool CanComment);
