namespace LessonStudy.Contracts.LessonStudy;

public static class AnalyticsRoutes
{
    public static string Plan(string planId) => $"{PlanRoutes.Plan(planId)}/analytics";

    public static string Group(string groupId) => $"{PlanRoutes.Group(groupId)}/analytics";

    /// <summary><c>GET /api/users/{userId}/portfolio?semester=2026-autumn</c> (default: the current semester).</summary>
    public static string Portfolio(string userId, string? semester = null) =>
        $"/api/users/{Uri.EscapeDataString(userId)}/portfolio" + (semester is null ? "" : $"?semester={Uri.EscapeDataString(semester)}");
}

/// <summary><c>GET /api/plans/{id}/analytics</c>: how the plan's 集体备课 went, for everyone who may read it.</summary>
public sealed record PlanAnalyticsDto(
    string PlanId,
    string Title,
    string Stage,
    int Round,
    DateTimeOffset CreatedAt,
    DateTimeOffset ComputedAt,
    int Rounds,
    IReadOnlyList<StagePeriodDto> Stages,
    IReadOnlyList<StageTimeDto> TimeInStage,
    IReadOnlyList<RoundChangesDto> ChangesPerRound,
    IReadOnlyList<SectionChangesDto> ChangesPerSection,
    CategoryCountsDto CommentsPerCategory,
    DispositionRatesDto Dispositions,
    int Observations,
    int Reflections,
    IReadOnlyList<ParticipationDto> Participation);

/// <summary>One stay in one stage; <see cref="Until"/> null for the stage the plan is in now (seconds up to now).</summary>
public sealed record StagePeriodDto(string Stage, int Round, DateTimeOffset Since, DateTimeOffset? Until, double Seconds);

/// <summary>Total time spent in a stage, over all rounds.</summary>
public sealed record StageTimeDto(string Stage, double Seconds, int Periods);

/// <summary>Versions frozen in a round and the characters all members added and removed in them.</summary>
public sealed record RoundChangesDto(int Round, int Versions, int CharactersAdded, int CharactersRemoved);

/// <summary>
/// Changes to one section (a Markdown heading such as 教学目标; "" for text before the first heading) in one
/// round, line by line between consecutive versions: a changed line counts as removed and added.
/// </summary>
public sealed record SectionChangesDto(string Section, int Round, int LinesAdded, int LinesRemoved, int CharactersAdded, int CharactersRemoved);

/// <summary>Counts per comment category (亮点 / 不足 / 建议).</summary>
public sealed record CategoryCountsDto(int Highlight, int Weakness, int Suggestion)
{
    public int Total => Highlight + Weakness + Suggestion;
}

/// <summary>Dispositions of the suggestions (建议) not deleted: counts and shares of all suggestions (0 when there are none).</summary>
public sealed record DispositionRatesDto(
    int Suggestions, int Adopted, int Rejected, int Deferred, int None,
    double AdoptedRate, double RejectedRate, double DeferredRate, double NoneRate);

public sealed record ParticipationDto(
    string UserId,
    string DisplayName,
    IReadOnlyList<string> Roles,
    int VersionsContributed,
    int CharactersAdded,
    int CharactersRemoved,
    int CharactersAuthored,
    CategoryCountsDto Comments,
    int Replies,
    int Observations,
    int ObservationNotes,
    int ObservationSummaries,
    int Reflections,
    int Transitions);

/// <summary><c>GET /api/groups/{id}/analytics</c>: every plan of the 备课组 in brief, and everyone's participation summed.</summary>
public sealed record GroupAnalyticsDto(
    string GroupId,
    string Name,
    DateTimeOffset ComputedAt,
    IReadOnlyList<GroupPlanSummaryDto> Plans,
    CategoryCountsDto CommentsPerCategory,
    DispositionRatesDto Dispositions,
    IReadOnlyList<ParticipationDto> Participation);

public sealed record GroupPlanSummaryDto(
    string PlanId,
    string Title,
    string TeacherId,
    string Stage,
    int Round,
    int Versions,
    CategoryCountsDto Comments,
    DispositionRatesDto Dispositions,
    int Observations,
    int Reflections);

/// <summary>
/// <c>GET /api/users/{userId}/portfolio?semester=</c>: the 教师专业成长记录袋 of one teacher for one semester
/// (<c>{year}-autumn</c> 1 Sep – 31 Jan, <c>{year}-spring</c> 1 Feb – 31 Aug, school time UTC+8).
/// </summary>
public sealed record PortfolioDto(
    string UserId,
    string Semester,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<PortfolioPlanDto> PlansLed,
    int VersionsContributed,
    int CharactersAdded,
    int CharactersRemoved,
    IReadOnlyList<PortfolioReflectionDto> Reflections,
    int LessonsObserved,
    int ObservationQuota,
    bool QuotaMet,
    IReadOnlyList<PortfolioObservationDto> Observations,
    CategoryCountsDto CommentsGiven);

/// <summary>A plan the teacher led as 执教教师 that was active in the semester.</summary>
public sealed record PortfolioPlanDto(string PlanId, string GroupId, string Title, string Stage, int Round, int Versions, DateTimeOffset CreatedAt);

public sealed record PortfolioReflectionDto(string PlanId, string Title, int Round, int Characters, DateTimeOffset UpdatedAt);

/// <summary>A lesson observed: the plan, round, when, how many notes, and whether the 三个一 summary was written.</summary>
public sealed record PortfolioObservationDto(string PlanId, string Title, string TeacherId, int Round, DateTimeOffset ObservedAt, int Notes, bool Summarized);
