using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// Reads <see cref="PlanFacts"/> from the stores: plans and groups (<see cref="IPlanStore"/>), versions
/// (<see cref="IVersionStore"/>), feedback (<see cref="IFeedbackFacts"/>) and, when asked, the plan's events
/// from the stream (read once per call, from the earliest creation time involved up to now).
/// </summary>
public sealed class PlanFactsReader(IPlanStore plans, IVersionStore versions, IFeedbackFacts feedback, IRecordLog records, TimeProvider time)
{
    public async Task<PlanFacts> ReadPlanAsync(PlanRecord plan, GroupRecord group, bool withEvents, CancellationToken cancellationToken)
    {
        var events = withEvents
            ? await ReadEventsAsync(plan.CreatedAt, e => e.PlanId == plan.Id, cancellationToken).ConfigureAwait(false)
            : [];
        return await ReadAsync(plan, group, events, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every plan of the group (oldest first) and, when asked, every event of the group.</summary>
    public async Task<(IReadOnlyList<PlanFacts> Plans, IReadOnlyList<RecordEvent> Events)> ReadGroupAsync(
        GroupRecord group, bool withEvents, CancellationToken cancellationToken)
    {
        var events = withEvents
            ? await ReadEventsAsync(group.CreatedAt, e => e.GroupId == group.Id, cancellationToken).ConfigureAwait(false)
            : [];
        var facts = new List<PlanFacts>();
        await foreach (var plan in plans.ListPlansAsync(group.Id, cancellationToken).ConfigureAwait(false))
        {
            facts.Add(await ReadAsync(plan, group, [.. events.Where(e => e.PlanId == plan.Id)], cancellationToken).ConfigureAwait(false));
        }

        return ([.. facts.OrderBy(f => f.Plan.CreatedAt).ThenBy(f => f.Plan.Id, StringComparer.Ordinal)], events);
    }

    /// <summary>Every plan of every group, without events (the portfolio looks across groups).</summary>
    public async Task<IReadOnlyList<PlanFacts>> ReadEverythingAsync(CancellationToken cancellationToken)
    {
        var facts = new List<PlanFacts>();
        await foreach (var group in plans.ListGroupsAsync(cancellationToken).ConfigureAwait(false))
        {
            facts.AddRange((await ReadGroupAsync(group, withEvents: false, cancellationToken).ConfigureAwait(false)).Plans);
        }

        return facts;
    }

    private async Task<PlanFacts> ReadAsync(PlanRecord plan, GroupRecord group, IReadOnlyList<RecordEvent> events, CancellationToken cancellationToken)
    {
        var planVersions = (await versions.ListAsync(plan.Id, cancellationToken).ConfigureAwait(false))
            .OrderBy(v => v.CreatedAt).ThenBy(v => v.Id, StringComparer.Ordinal).ToList();
        var stored = await feedback.ReadAsync(plan, cancellationToken).ConfigureAwait(false);
        return new PlanFacts(plan, group, planVersions, stored.Comments, stored.Observations, stored.Reflections, events);
    }

    private async Task<List<RecordEvent>> ReadEventsAsync(DateTimeOffset from, Func<RecordEvent, bool> belongs, CancellationToken cancellationToken)
    {
        var events = new List<RecordEvent>();
        await foreach (var e in records.ReadAsync(from.AddMinutes(-1), time.GetUtcNow().AddMinutes(1), cancellationToken).ConfigureAwait(false))
        {
            if (belongs(e))
            {
                events.Add(e);
            }
        }

        return events;
    }
}
