using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Features.Versions;

public static class VersionMapping
{
    public static VersionSummaryDto ToSummary(this VersionRecord v) => new(
        v.Id, v.PlanId, v.Name, v.Round, v.Stage, v.Kind, v.CreatedBy, v.CreatedAt, v.PreviousVersionId,
        [.. v.ChangesSincePrevious.Select(c => new MemberChangeDto(c.UserId, c.Added, c.Removed))]);

    public static VersionDto ToDto(this VersionRecord v) =>
        new(v.ToSummary(), v.Markdown, [.. v.Authorship.Select(r => new AuthoredRunDto(r.Start, r.Length, r.UserId))]);
}
