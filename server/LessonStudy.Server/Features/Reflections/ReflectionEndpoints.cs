using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Reflections;

/// <summary>
/// The 执教教师's 课后反思 of a round: readers of the plan read it; the teacher writes it in 交流
/// (<see cref="StageRules.CanReflect"/>), for the current round only. Every save keeps the earlier text.
/// </summary>
public static class ReflectionEndpoints
{
    public static async Task<Results<Ok<ReflectionDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> GetAsync(
        string id, int round, ClaimsPrincipal principal, PlanGate gate, ReflectionStore store, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        if (round < 1 || round > plan.Plan.Round)
        {
            return FeedbackProblems.Invalid("round", $"round must be 1 to {plan.Plan.Round}.");
        }

        return await store.GetAsync(plan.Plan.Id, round, cancellationToken).ConfigureAwait(false) is { } record
            ? TypedResults.Ok(ToDto(record))
            : TypedResults.Problem("There is no 课后反思 for this round yet.", statusCode: StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<ReflectionDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> PutAsync(
        string id, int round, ReflectionRequest? request, ClaimsPrincipal principal, PlanGate gate, ReflectionStore store, FeedbackEvents events,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanReflect) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Writing the 课后反思");
        }

        if (round != plan.Plan.Round)
        {
            return TypedResults.Problem($"Only the current round's ({plan.Plan.Round}) 课后反思 can be written.", statusCode: StatusCodes.Status409Conflict);
        }

        if (FeedbackText.Normalize(request?.Markdown, ReflectionRecord.MaxMarkdownLength, out var error) is not { } markdown)
        {
            return FeedbackProblems.Invalid("markdown", $"markdown {error}");
        }

        ReflectionRecord? before = null;
        ReflectionRecord saved;
        try
        {
            saved = await store.UpdateAsync(
                plan.Plan.Id,
                round,
                current =>
                {
                    before = current;
                    var revision = current?.Revision ?? 0;
                    if (request!.ExpectedRevision is { } expected && expected != revision)
                    {
                        throw new FeedbackRefusedException($"The 课后反思 is at revision {revision}, not {expected}; it was saved elsewhere meanwhile.");
                    }

                    if (current?.Markdown == markdown)
                    {
                        return current;
                    }

                    var now = time.GetUtcNow();
                    var history = current is null
                        ? []
                        : current.History.Append(new ReflectionEditRecord(current.Revision, current.Markdown, current.UpdatedBy, current.UpdatedAt)).ToList();
                    return new ReflectionRecord(ReflectionRecord.CurrentSchemaVersion, plan.Plan.Id, round, plan.Plan.TeacherId, markdown, revision + 1, user.Id, now, history);
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

        if (!ReferenceEquals(saved, before))
        {
            await events.ChangedAsync(
                plan, user.Id, RecordKinds.Reflection, PlanEventKinds.Reflection, round.ToString(System.Globalization.CultureInfo.InvariantCulture), round,
                new ReflectionEvent(saved.Revision, saved.Markdown), cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(ToDto(saved));
    }

    public static ReflectionDto ToDto(ReflectionRecord record) => new(
        record.PlanId,
        record.Round,
        record.TeacherId,
        record.Markdown,
        record.Revision,
        record.UpdatedAt,
        [.. record.History.Select(h => new ReflectionEditDto(h.Revision, h.Markdown, h.SavedBy, h.SavedAt))]);
}
