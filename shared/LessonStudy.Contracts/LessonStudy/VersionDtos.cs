namespace LessonStudy.Contracts.LessonStudy;

/// <summary>Body of <c>POST /api/plans/{id}/versions</c>: save the plan's text now as a named version.</summary>
public sealed record SaveVersionRequest(string Name);

/// <summary>Characters one member added and removed between the previous version and this one.</summary>
public sealed record MemberChangeDto(string UserId, int Added, int Removed);

/// <summary>A run of the version's Markdown written by one user (UTF-16 offsets); null user = unknown.</summary>
public sealed record AuthoredRunDto(int Start, int Length, string? UserId);

/// <summary>
/// A version in a list: everything but its text and state. <c>Stage</c> is the stage the plan was in when
/// the version was taken (wire name); <c>Kind</c> is <c>transition</c> (frozen by a stage change) or
/// <c>manual</c> (saved with a name).
/// </summary>
public sealed record VersionSummaryDto(
    string Id,
    string PlanId,
    string Name,
    int Round,
    string Stage,
    string Kind,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? PreviousVersionId,
    IReadOnlyList<MemberChangeDto> ChangesSincePrevious);

/// <summary>One version: its metadata, its Markdown and who wrote which part of it.</summary>
public sealed record VersionDto(VersionSummaryDto Summary, string Markdown, IReadOnlyList<AuthoredRunDto> Authorship);

public static class VersionRoutes
{
    public static string Versions(string planId) => $"{PlanRoutes.Plan(planId)}/versions";

    public static string Version(string planId, string versionId) => $"{Versions(planId)}/{Uri.EscapeDataString(versionId)}";

    /// <summary>The version's document state: a v1 yjs update, <c>application/octet-stream</c>.</summary>
    public static string State(string planId, string versionId) => $"{Version(planId, versionId)}/state";

    /// <summary>The plans linked to a plan (同课异构) that the caller can read.</summary>
    public static string Linked(string planId) => $"{PlanRoutes.Plan(planId)}/linked";
}
