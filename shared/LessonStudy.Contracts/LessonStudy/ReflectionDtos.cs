namespace LessonStudy.Contracts.LessonStudy;

/// <summary>
/// Body of <c>PUT /api/plans/{id}/reflections/{round}</c>: the 执教教师's 课后反思 (Markdown).
/// <see cref="ExpectedRevision"/>, when given, must be the stored revision (0: none yet), else 409.
/// </summary>
public sealed record ReflectionRequest(string Markdown, int? ExpectedRevision = null);

public sealed record ReflectionEditDto(int Revision, string Markdown, string SavedBy, DateTimeOffset SavedAt);

/// <summary>A round's 课后反思 with every earlier text (<see cref="History"/>, oldest first).</summary>
public sealed record ReflectionDto(
    string PlanId,
    int Round,
    string TeacherId,
    string Markdown,
    int Revision,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ReflectionEditDto> History);

/// <summary>Counts of one category (<see cref="CommentCategories"/>, or <c>none</c> for notes without one).</summary>
public sealed record CategoryCountDto(string Category, string ChineseName, int Count);

/// <summary>The observation notes of one section of the 授课版 (<see cref="Section"/> null: not tied to a section).</summary>
public sealed record SectionNotesDto(string? Section, IReadOnlyList<CategoryCountDto> Counts, IReadOnlyList<SummaryNoteDto> Notes);

public sealed record SummaryNoteDto(string ObservationId, string ObserverId, string ObserverName, string NoteId, int OffsetSeconds, string Text, string? Category, string? Quote);

public sealed record ObserverSummaryDto(string ObserverId, string ObserverName, int Notes, ObservationSummaryDto? Summary);

public sealed record CategoryCommentsDto(string Category, string ChineseName, int Count, IReadOnlyList<CommentDto> Comments);

/// <summary>
/// <c>GET /api/plans/{id}/rounds/{round}/summary</c>: the 交流 summary of a round — the observations per section
/// of the 授课版 and per category, each observer's 三个一, the round's comments per category, and the 课后反思.
/// </summary>
public sealed record RoundSummaryDto(
    string PlanId,
    int Round,
    string? VersionId,
    int Observers,
    IReadOnlyList<CategoryCountDto> NoteCounts,
    IReadOnlyList<SectionNotesDto> Sections,
    IReadOnlyList<ObserverSummaryDto> Summaries,
    IReadOnlyList<CategoryCommentsDto> Comments,
    ReflectionDto? Reflection);
