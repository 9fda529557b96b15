using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// Moves a plan to its next stage: freezes a version of the text, records the transition under the plan's
/// ETag (so of two concurrent moves exactly one lands), then tells open connections their new rights,
/// announces the stage, and appends the transition and the version to the event stream.
/// The caller has checked <see cref="StageRules.CanMove"/> for the context it loaded.
/// </summary>
/// <remarks>
/// The version is read just before the stage changes: an edit that reaches the room in between stays in
/// the document and belongs to the next version. The version blob is written first; if the move then
/// loses its race, the version is removed again (best effort: a crash in between leaves an unreferenced
/// version that lists like a saved one).
/// </remarks>
public sealed class PlanTransitions(
    IPlanStore store,
    VersionFreezer freezer,
    IVersionStore versions,
    DocumentRightsNotifier notifier,
    IServiceProvider services,
    TimeProvider time,
    ILogger<PlanTransitions> logger)
{
    /// <exception cref="PlanRuleException">The plan is no longer in the stage the caller saw.</exception>
    /// <exception cref="UndisposedSuggestionsException">Leaving 修正 with undisposed suggestions, unconfirmed.</exception>
    public async Task<PlanRecord> MoveAsync(PlanRecord seen, PlanStage to, bool confirmUndisposed, UserIdentity user, CancellationToken cancellationToken)
    {
        var from = seen.Stage;
        var undisposed = 0;
        if (from == PlanStage.Revision && to == PlanStage.Tracking)
        {
            undisposed = await CountUndisposedAsync(seen, cancellationToken).ConfigureAwait(false);
            if (undisposed > 0 && !confirmUndisposed)
            {
                throw new UndisposedSuggestionsException(undisposed);
            }
        }

        var round = StageRules.RoundAfter(from, to, seen.Round);
        var version = await freezer.FreezeAsync(seen, StageRules.VersionName(from, to, seen.Round), VersionRecord.TransitionKind, user.Id, cancellationToken)
            .ConfigureAwait(false);
        var transition = new TransitionRecord(from, to, round, user.Id, time.GetUtcNow(), version.Id, confirmUndisposed && undisposed > 0, undisposed);
        PlanRecord moved;
        try
        {
            moved = await store.UpdatePlanAsync(
                seen.Id,
                plan => plan.Stage == from && plan.Round == seen.Round
                    ? plan with { Stage = to, Round = round, Transitions = [.. plan.Transitions, transition] }
                    : throw new PlanRuleException($"The plan moved on to {plan.Stage.ChineseName()} meanwhile."),
                cancellationToken).ConfigureAwait(false)
                ?? throw new PlanRuleException("The plan no longer exists.");
        }
        catch (Exception e) when (e is PlanRuleException or PlanStoreConflictException)
        {
            await ForgetAsync(version).ConfigureAwait(false);
            throw;
        }

        PlansLog.Transitioned(logger, moved.Id, from, to, round, user.Id, version.Id);
        await notifier.RightsChangedAsync(moved.DocumentId).ConfigureAwait(false);
        await PlanEvents.PublishAsync(services.GetRequiredService<IPlanEventPublisher>(), moved, PlanEventKinds.Stage, version.Id, logger).ConfigureAwait(false);
        var records = services.GetRequiredService<IRecordLog>();
        await records.AppendAsync(
            records.Create(RecordKinds.Transition, user.Id, moved.GroupId, moved.Id, round, to.ToWire(), new
            {
                from = from.ToWire(),
                to = to.ToWire(),
                fromRound = seen.Round,
                round,
                versionId = version.Id,
                confirmedUndisposed = transition.ConfirmedUndisposed,
                undisposedSuggestions = undisposed,
                secondsInStage = (transition.At - seen.StageSince).TotalSeconds,
            }),
            cancellationToken).ConfigureAwait(false);
        await records.AppendAsync(
            records.Create(RecordKinds.VersionFrozen, user.Id, moved.GroupId, moved.Id, version.Round, version.Stage, VersionEndpoints.VersionEvent(version)),
            cancellationToken).ConfigureAwait(false);
        return moved;
    }

    /// <summary>The sum over every registered source of suggestions; none registered is a setup error, not zero.</summary>
    private async Task<int> CountUndisposedAsync(PlanRecord plan, CancellationToken cancellationToken)
    {
        var sources = services.GetServices<IUndisposedSuggestions>().ToList();
        if (sources.Count == 0)
        {
            throw new InvalidOperationException("No IUndisposedSuggestions is registered: the comments feature must register its count of undisposed suggestions.");
        }

        var total = 0;
        foreach (var source in sources)
        {
            total += await source.CountAsync(plan, cancellationToken).ConfigureAwait(false);
        }

        return total;
    }

    private async Task ForgetAsync(VersionRecord version)
    {
        try
        {
            await versions.DeleteAsync(version.PlanId, version.Id, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The caller's answer (409) matters more than this cleanup.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            PlansLog.OrphanVersionLeft(logger, ex, version.Id, version.PlanId);
        }
    }
}
