using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// The 教师专业成长记录袋 of one teacher for one semester [from, to), from
/// every plan's records: plans led as 执教教师 that were created or moved in the semester; versions frozen
/// in it to which the teacher contributed text; 课后反思 last saved in it; lessons observed in it (听课记录
/// with a started clock, a note or a summary, dated by <see cref="ObservationFact.ObservedAt"/>) against
/// the quota; comments written in it and not deleted, by category.
/// </summary>
public static class PortfolioCalculator
{
    public static PortfolioDto Compute(
        string userId, string semester, DateTimeOffset from, DateTimeOffset to, int quota, IReadOnlyList<PlanFacts> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        bool In(DateTimeOffset at) => at >= from && at < to;

        var led = plans
            .Where(f => f.Plan.TeacherId == userId && (In(f.Plan.CreatedAt) || f.Plan.Transitions.Any(t => In(t.At))))
            .Select(f => new PortfolioPlanDto(f.Plan.Id, f.Plan.GroupId, f.Plan.Title, f.Plan.Stage.ToWire(), f.Plan.Round, f.Versions.Count, f.Plan.CreatedAt))
            .ToList();

        var changes = plans.SelectMany(f => f.Versions)
            .Where(v => In(v.CreatedAt))
            .Select(v => v.ChangesSincePrevious.Where(c => c.UserId == userId).ToList())
            .Where(c => c.Sum(x => x.Added + x.Removed) > 0)
            .ToList();

        var reflections = plans
            .SelectMany(f => f.Reflections.Where(r => r.TeacherId == userId && In(r.UpdatedAt))
                .Select(r => new PortfolioReflectionDto(f.Plan.Id, f.Plan.Title, r.Round, r.Markdown.Length, r.UpdatedAt)))
            .ToList();

        var observed = plans
            .SelectMany(f => f.Observations
                .Where(o => o.ObserverId == userId && o.Active && o.ObservedAt is { } at && In(at))
                .Select(o => new PortfolioObservationDto(
                    f.Plan.Id, f.Plan.Title, f.Plan.TeacherId, o.Round, o.ObservedAt!.Value, o.Notes.Count(n => n.DeletedAt is null), o.Summary is not null)))
            .OrderBy(o => o.ObservedAt)
            .ToList();

        var comments = plans.SelectMany(f => f.Comments).Where(c => c.AuthorId == userId && In(c.CreatedAt));
        return new PortfolioDto(
            userId, semester, from, to, led,
            changes.Count, changes.Sum(c => c.Sum(x => x.Added)), changes.Sum(c => c.Sum(x => x.Removed)),
            reflections, observed.Count, quota, observed.Count >= quota, observed,
            PlanAnalyticsCalculator.Categories(comments));
    }
}
