using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// The plan analytics (<see cref="PlanAnalyticsDto"/>) from the plan's stored records: stage periods from the
/// transition history, changes per round from the versions' per-member statistics, changes per section by
/// comparing consecutive versions line by line (the first version against an empty text), comments and
/// dispositions from the threads not deleted, participation per person.
/// </summary>
public static class PlanAnalyticsCalculator
{
    public static PlanAnalyticsDto Compute(PlanFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var plan = facts.Plan;
        var periods = StagePeriods(plan, now);
        return new PlanAnalyticsDto(
            plan.Id,
            plan.Title,
            plan.Stage.ToWire(),
            plan.Round,
            plan.CreatedAt,
            now,
            plan.Round,
            periods,
            [.. periods.GroupBy(p => p.Stage).Select(g => new StageTimeDto(g.Key, g.Sum(p => p.Seconds), g.Count()))],
            [.. facts.Versions.GroupBy(v => v.Round).OrderBy(g => g.Key).Select(g => new RoundChangesDto(
                g.Key, g.Count(), g.Sum(v => v.ChangesSincePrevious.Sum(c => c.Added)), g.Sum(v => v.ChangesSincePrevious.Sum(c => c.Removed))))],
            SectionChanges(facts),
            Categories(facts.Comments),
            Dispositions(facts.Comments),
            facts.Observations.Count(o => o.Active),
            facts.Reflections.Count,
            [.. ParticipationCalculator.For(facts).Select(ToDto)]);
    }

    /// <summary>Each stay in a stage, in order; the current one runs up to <paramref name="now"/> (定稿 has none: nothing happens there).</summary>
    public static IReadOnlyList<StagePeriodDto> StagePeriods(PlanRecord plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var periods = new List<StagePeriodDto>();
        var since = plan.CreatedAt;
        var round = 1;
        foreach (var t in plan.Transitions)
        {
            periods.Add(new StagePeriodDto(t.From.ToWire(), round, since, t.At, (t.At - since).TotalSeconds));
            since = t.At;
            round = t.Round;
        }

        if (plan.Stage != PlanStage.Final)
        {
            periods.Add(new StagePeriodDto(plan.Stage.ToWire(), round, since, null, Math.Max(0, (now - since).TotalSeconds)));
        }

        return periods;
    }

    public static IReadOnlyList<SectionChangesDto> SectionChanges(PlanFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var totals = new Dictionary<(string Section, int Round), LineChanges.Counts>();
        var order = new List<(string, int)>();
        IReadOnlyDictionary<string, List<string>> before = new Dictionary<string, List<string>>();
        foreach (var version in facts.Versions)
        {
            var after = SectionLines.Split(version.Markdown);
            foreach (var section in before.Keys.Union(after.Keys))
            {
                var counts = LineChanges.Between(
                    before.TryGetValue(section, out var old) ? old : [], after.TryGetValue(section, out var now) ? now : []);
                if (counts == default)
                {
                    continue;
                }

                var key = (section, version.Round);
                if (!totals.TryGetValue(key, out var sum))
                {
                    order.Add(key);
                }

                totals[key] = new LineChanges.Counts(
                    sum.LinesAdded + counts.LinesAdded, sum.LinesRemoved + counts.LinesRemoved,
                    sum.CharactersAdded + counts.CharactersAdded, sum.CharactersRemoved + counts.CharactersRemoved);
            }

            before = after;
        }

        return [.. order.OrderBy(k => k.Item2).Select(k =>
        {
            var c = totals[k];
            return new SectionChangesDto(k.Item1, k.Item2, c.LinesAdded, c.LinesRemoved, c.CharactersAdded, c.CharactersRemoved);
        })];
    }

    public static CategoryCountsDto Categories(IEnumerable<CommentFact> comments)
    {
        var live = comments.Where(c => c.DeletedAt is null).ToList();
        return new CategoryCountsDto(
            live.Count(c => c.Category == FeedbackValues.Highlight),
            live.Count(c => c.Category == FeedbackValues.Weakness),
            live.Count(c => c.Category == FeedbackValues.Suggestion));
    }

    public static DispositionRatesDto Dispositions(IEnumerable<CommentFact> comments)
    {
        var suggestions = comments.Where(c => c.DeletedAt is null && c.Category == FeedbackValues.Suggestion).ToList();
        var adopted = suggestions.Count(c => c.Disposition?.Disposition == FeedbackValues.Adopted);
        var rejected = suggestions.Count(c => c.Disposition?.Disposition == FeedbackValues.Rejected);
        var deferred = suggestions.Count(c => c.Disposition?.Disposition == FeedbackValues.Deferred);
        var none = suggestions.Count - adopted - rejected - deferred;
        double Rate(int n) => suggestions.Count == 0 ? 0 : (double)n / suggestions.Count;
        return new DispositionRatesDto(suggestions.Count, adopted, rejected, deferred, none, Rate(adopted), Rate(rejected), Rate(deferred), Rate(none));
    }

    public static ParticipationDto ToDto(MemberParticipation p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new ParticipationDto(
            p.UserId, p.DisplayName, p.Roles, p.VersionsContributed, p.CharactersAdded, p.CharactersRemoved, p.CharactersAuthored,
            new CategoryCountsDto(p.CommentsHighlight, p.CommentsWeakness, p.CommentsSuggestion), p.Replies,
            p.Observations, p.ObservationNotes, p.ObservationSummaries, p.Reflections, p.Transitions);
    }
}
