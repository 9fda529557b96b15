using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// Everything stored about one plan, as analytics and exports read it: the plan and its group, its frozen
/// versions, its comment threads, 听课记录 and 课后反思 (from their stores), and its events on the stream.
/// </summary>
public sealed record PlanFacts(
    PlanRecord Plan,
    GroupRecord Group,
    IReadOnlyList<VersionRecord> Versions,
    IReadOnlyList<CommentFact> Comments,
    IReadOnlyList<ObservationFact> Observations,
    IReadOnlyList<ReflectionFact> Reflections,
    IReadOnlyList<RecordEvent> Events);

/// <summary>A comment thread: the comment, its replies and the 执教教师's dispositions (oldest first; the last is in force).</summary>
public sealed record CommentFact(
    string Id,
    int Round,
    string Stage,
    string? VersionId,
    string AuthorId,
    string AuthorName,
    string Category,
    string Body,
    string? Quote,
    int? AnchorIndex,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    int EditCount,
    DateTimeOffset? DeletedAt,
    bool Resolved,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<ReplyFact> Replies,
    IReadOnlyList<DispositionFact> Dispositions)
{
    public DispositionFact? Disposition => Dispositions.Count > 0 ? Dispositions[^1] : null;
}

public sealed record ReplyFact(
    string Id, string AuthorId, string AuthorName, string Body, int Round, string Stage,
    DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, int EditCount, DateTimeOffset? DeletedAt);

/// <summary>adopted / rejected (with a reason) / deferred, and the version where the suggestion was addressed.</summary>
public sealed record DispositionFact(string Disposition, string? Reason, string? VersionId, string ByUserId, int Round, DateTimeOffset At);

/// <summary>One observer's 听课记录 of one round on the 授课版.</summary>
public sealed record ObservationFact(
    string Id,
    int Round,
    string ObserverId,
    string ObserverName,
    string VersionId,
    DateTimeOffset? LessonStartedAt,
    IReadOnlyList<NoteFact> Notes,
    SummaryFact? Summary,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The observer did something: started the clock, kept a note, or summarised.</summary>
    public bool Active => LessonStartedAt is not null || Notes.Any(n => n.DeletedAt is null) || Summary is not null;

    /// <summary>When the lesson was observed: the clock's start, else the first note, else the summary.</summary>
    public DateTimeOffset? ObservedAt => LessonStartedAt ?? Notes.FirstOrDefault(n => n.DeletedAt is null)?.At ?? Summary?.At;
}

public sealed record NoteFact(
    string Id, int OffsetSeconds, DateTimeOffset At, string Text, string? Category, string? Section, string? Quote,
    DateTimeOffset? EditedAt, int EditCount, DateTimeOffset? DeletedAt);

/// <summary>The closing 三个一: 亮点, 不足, 建议.</summary>
public sealed record SummaryFact(string Highlight, string Weakness, string Suggestion, string Stage, DateTimeOffset At);

/// <summary>The 执教教师's 课后反思 of one round (its current text).</summary>
public sealed record ReflectionFact(int Round, string TeacherId, string Markdown, int Revision, string UpdatedBy, DateTimeOffset UpdatedAt);
