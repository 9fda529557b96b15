using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>The 备课组 rollup: each plan in brief, comments and dispositions over all plans, participation summed per person.</summary>
public static class GroupAnalyticsCalculator
{
    public static GroupAnalyticsDto Compute(GroupRecord group, IReadOnlyList<PlanFacts> plans, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(plans);
        var summaries = plans.Select(f => new GroupPlanSummaryDto(
            f.Plan.Id, f.Plan.Title, f.Plan.TeacherId, f.Plan.Stage.ToWire(), f.Plan.Round, f.Versions.Count,
            PlanAnalyticsCalculator.Categories(f.Comments), PlanAnalyticsCalculator.Dispositions(f.Comments),
            f.Observations.Count(o => o.Active), f.Reflections.Count)).ToList();

        // Everyone of the group first (in the group's order), then anyone else who took part in a plan.
        var people = new Dictionary<string, MemberParticipation>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var member in group.Members)
        {
            order.Add(member.UserId);
            people[member.UserId] = Empty(member.UserId, member.DisplayName);
        }

        foreach (var row in plans.SelectMany(ParticipationCalculator.For))
        {
            if (!people.TryGetValue(row.UserId, out var sum))
            {
                order.Add(row.UserId);
                people[row.UserId] = row;
            }
            else
            {
                people[row.UserId] = sum.Plus(row);
            }
        }

        var comments = plans.SelectMany(f => f.Comments).ToList();
        return new GroupAnalyticsDto(
            group.Id, group.Name, now, summaries,
            PlanAnalyticsCalculator.Categories(comments), PlanAnalyticsCalculator.Dispositions(comments),
            [.. order.Select(id => PlanAnalyticsCalculator.ToDto(people[id]))]);
    }

    private static MemberParticipation Empty(string userId, string name) =>
        new(userId, name, [], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
