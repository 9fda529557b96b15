namespace LessonStudy.Contracts.LessonStudy;

/// <summary>
/// Body of <c>POST /api/groups/{groupId}/plans</c>. The plan starts in 个人初备 from the school template,
/// or as a copy of a 定稿 plan's text (<see cref="CopyFromPlanId"/>).
/// </summary>
public sealed record CreatePlanRequest(
    string Title,
    string TeacherId,
    string? Subject = null,
    string? Grade = null,
    string? Lesson = null,
    string? CopyFromPlanId = null);

/// <summary>Body of <c>POST /api/plans/{id}/observers</c>: invite a 观课教师.</summary>
public sealed record InviteObserverRequest(string UserId, string DisplayName);

/// <summary>Body of <c>POST /api/plans/{id}/transitions</c>.</summary>
/// <param name="To">The target stage (<see cref="PlanStages"/>).</param>
/// <param name="ConfirmUndisposed">Required to leave 修正 while suggestions have no disposition.</param>
public sealed record TransitionRequest(string To, bool ConfirmUndisposed = false);

/// <summary>Body of <c>POST /api/plans/{id}/links</c>: 同课异构, link two plans on the same 课题.</summary>
public sealed record LinkPlanRequest(string PlanId);

public sealed record TransitionDto(
    string From,
    string To,
    int Round,
    string ByUserId,
    DateTimeOffset At,
    string? VersionId,
    bool ConfirmedUndisposed,
    int UndisposedSuggestions);

public sealed record PlanPersonDto(string UserId, string DisplayName);

/// <summary>What the caller may do on a plan now (the server's view; the client only mirrors it).</summary>
public sealed record PlanRightsDto(
    IReadOnlyList<string> Roles,
    bool CanRead,
    bool CanEdit,
    bool CanComment,
    bool CanDispose,
    bool CanObserve,
    bool CanSummarize,
    bool CanReflect,
    IReadOnlyList<string> Transitions);

public sealed record PlanDto(
    string Id,
    string GroupId,
    string Title,
    string Subject,
    string Grade,
    string Lesson,
    PlanPersonDto Teacher,
    string DocumentId,
    string Stage,
    int Round,
    IReadOnlyList<PlanPersonDto> Observers,
    IReadOnlyList<string> LinkedPlanIds,
    IReadOnlyList<TransitionDto> Transitions,
    DateTimeOffset CreatedAt,
    PlanRightsDto MyRights);
