using LessonStudy.Server.Features.Comments;

namespace LessonStudy.Server.Features.Reflections;

/// <summary>
/// The blob <c>plans/{planId}/reflections/{round}.json</c> (schema version 1, docs/storage.md): the 执教教师's
/// 课后反思 of one round, as Markdown, with every earlier text (<see cref="History"/>, oldest first; the current
/// text is not repeated there). <see cref="Revision"/> counts the saves.
/// </summary>
public sealed record ReflectionRecord(
    int SchemaVersion,
    string PlanId,
    int Round,
    string TeacherId,
    string Markdown,
    int Revision,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ReflectionEditRecord> History) : IFeedbackRecord
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Longest 课后反思 accepted, in UTF-16 units.</summary>
    public const int MaxMarkdownLength = 50_000;
}

/// <summary>An earlier text: what revision <see cref="Revision"/> said, saved by <see cref="SavedBy"/> at <see cref="SavedAt"/>.</summary>
public sealed record ReflectionEditRecord(int Revision, string Markdown, string SavedBy, DateTimeOffset SavedAt);
