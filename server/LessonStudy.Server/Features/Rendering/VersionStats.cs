using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Features.Rendering;

/// <summary>A version's per-member changes since the previous version, with names, most active first.</summary>
public static class VersionStats
{
    public static VersionStatsDto Of(VersionRecord version, IReadOnlyDictionary<string, string> displayNames)
    {
        ArgumentNullException.ThrowIfNull(version);
        var members = version.ChangesSincePrevious
            .OrderByDescending(c => c.Added + c.Removed)
            .ThenBy(c => c.UserId, StringComparer.Ordinal)
            .Select(c => new MemberStatsDto(c.UserId, PlanPeople.NameOf(displayNames, c.UserId), c.Added, c.Removed))
            .ToList();
        return new VersionStatsDto(
            version.PlanId, version.Id, version.Name, version.Round, version.Stage, version.CreatedAt, version.PreviousVersionId,
            members.Sum(m => m.Added), members.Sum(m => m.Removed), members);
    }
}
