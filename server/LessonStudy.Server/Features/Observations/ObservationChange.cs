using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// One change to the caller's own 听课记录 of the current round: the read-modify-write (creating the record on
/// first use, bound to the round's 授课版), then the event; refusals become problems.
/// </summary>
public sealed class ObservationChange(ObservationStore store, FeedbackEvents events, TimeProvider time)
{
    public async Task<Results<Ok<ObservationDto>, ProblemHttpResult>> RunAsync(
        PlanContext plan, UserIdentity user, string recordKind, Func<ObservationRecord, ObservationRecord> change,
        Func<ObservationRecord, ObservationEvent> describe, CancellationToken cancellationToken)
    {
        var round = plan.Plan.Round;
        if (TeachingVersion.IdOf(plan.Plan, round) is not { } versionId)
        {
            return TypedResults.Problem("This round has no 授课版 (it has not entered 跟踪).", statusCode: StatusCodes.Status409Conflict);
        }

        var id = ObservationIds.For(plan.Plan.Id, user.Id, round);
        ObservationRecord? before = null;
        ObservationRecord after;
        try
        {
            after = await store.UpdateAsync(
                plan.Plan.Id,
                id,
                current =>
                {
                    var now = time.GetUtcNow();
                    before = current ?? new ObservationRecord(
                        ObservationRecord.CurrentSchemaVersion, id, plan.Plan.Id, round, user.Id, user.DisplayName, versionId, null, [], null, now, now);
                    var next = change(before);
                    return ReferenceEquals(next, before) && current is not null ? current : next with { UpdatedAt = now };
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (FeedbackRefusedException refusal)
        {
            return FeedbackProblems.From(refusal);
        }
        catch (FeedbackBusyException)
        {
            return FeedbackProblems.Busy();
        }

        // Nothing changed (starting a started clock): no event.
        if (!ReferenceEquals(after, before))
        {
            await events.ChangedAsync(plan, user.Id, recordKind, PlanEventKinds.Observation, id, round, describe(after), cancellationToken).ConfigureAwait(false);
        }
        return TypedResults.Ok(ObservationViews.ToDto(after));
    }

    /// <summary>The answer of <see cref="RunAsync"/> as the endpoints' wider result type.</summary>
    public static Results<Ok<ObservationDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult> Widen(Results<Ok<ObservationDto>, ProblemHttpResult> result) =>
        result.Result switch
        {
            Ok<ObservationDto> ok => ok,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("An observation change answered neither a record nor a problem."),
        };

    /// <summary>Seconds since the lesson clock started, never negative.</summary>
    public static int OffsetSeconds(DateTimeOffset started, DateTimeOffset now) =>
        (int)Math.Max(0, Math.Floor((now - started).TotalSeconds));

    public static string Kind(bool summary) => summary ? RecordKinds.ObservationSummary : RecordKinds.ObservationNote;
}
