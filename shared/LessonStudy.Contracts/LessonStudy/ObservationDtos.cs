namespace LessonStudy.Contracts.LessonStudy;

/// <summary>
/// Where a note of a 听课记录 points in the 授课版: a section heading (as written, without the #s), and/or
/// a text range given as relative positions (base64 of <c>Y.encodeRelativePosition</c>, resolved against the
/// 授课版's state) with the quoted text, or just a quote found in the 授课版.
/// </summary>
public sealed record ObservationAnchorRequest(string? Section = null, string? Start = null, string? End = null, string? Quote = null);

/// <summary>Body of adding or editing a note. <see cref="Category"/> is optional (<see cref="CommentCategories"/>).</summary>
public sealed record ObservationNoteRequest(string Text, string? Category = null, ObservationAnchorRequest? Anchor = null);

/// <summary>Body of <c>PUT /api/plans/{id}/observations/mine/summary</c>: the closing 三个一.</summary>
/// <param name="Highlight">亮点.</param>
/// <param name="Weakness">不足.</param>
/// <param name="Suggestion">建议.</param>
public sealed record ObservationSummaryRequest(string Highlight, string Weakness, string Suggestion);

public sealed record ObservationNoteDto(
    string Id,
    int OffsetSeconds,
    DateTimeOffset At,
    string Text,
    string? Category,
    string? Section,
    string? Quote,
    string? Start,
    string? End,
    DateTimeOffset? EditedAt);

public sealed record ObservationSummaryDto(string Highlight, string Weakness, string Suggestion, DateTimeOffset At);

/// <summary>
/// One observer's 听课记录 of one round, on the 授课版 (<see cref="VersionId"/>). Notes carry the seconds since
/// <see cref="LessonStartedAt"/> (the observer starts the lesson clock) and the wall time.
/// </summary>
public sealed record ObservationDto(
    string Id,
    string PlanId,
    int Round,
    string ObserverId,
    string ObserverName,
    string VersionId,
    DateTimeOffset? LessonStartedAt,
    IReadOnlyList<ObservationNoteDto> Notes,
    ObservationSummaryDto? Summary,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>
/// <c>GET /api/users/{userId}/observations/count?semester=2026-autumn</c>: lessons observed in a semester.
/// Semesters: <c>{year}-autumn</c> is 1 September {year} to 31 January {year + 1}, <c>{year}-spring</c>
/// is 1 February to 31 August {year}, in China Standard Time (UTC+8).
/// </summary>
public sealed record ObservationCountDto(string UserId, string Semester, DateTimeOffset From, DateTimeOffset To, int Lessons, IReadOnlyList<ObservedLessonDto> Observed);

public sealed record ObservedLessonDto(string PlanId, string PlanTitle, int Round, DateTimeOffset At);
