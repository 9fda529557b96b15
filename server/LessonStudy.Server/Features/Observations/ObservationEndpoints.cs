using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Comments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// Reading 听课记录: one's own (any reader who keeps one), and everyone's — for readers of the plan once the
/// round reached 交流 (in 跟踪 the notes are the observers' own; 409 before).
/// </summary>
public static class ObservationEndpoints
{
    public static async Task<Results<Ok<ObservationDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> MineAsync(
        string id, int? round, ClaimsPrincipal principal, PlanGate gate, ObservationStore store, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        var wanted = round ?? plan.Plan.Round;
        if (wanted < 1 || wanted > plan.Plan.Round)
        {
            return FeedbackProblems.Invalid("round", $"round must be 1 to {plan.Plan.Round}.");
        }

        var record = await store.GetAsync(plan.Plan.Id, ObservationIds.For(plan.Plan.Id, user.Id, wanted), cancellationToken).ConfigureAwait(false);
        return record is null
            ? TypedResults.Problem("You keep no 听课记录 for this round.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(ObservationViews.ToDto(record));
    }

    public static async Task<Results<Ok<ObservationDto[]>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> ListAsync(
        string id, int? round, ClaimsPrincipal principal, PlanGate gate, ObservationStore store, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        var wanted = round ?? plan.Plan.Round;
        if (wanted < 1 || wanted > plan.Plan.Round)
        {
            return FeedbackProblems.Invalid("round", $"round must be 1 to {plan.Plan.Round}.");
        }

        if (!TeachingVersion.IsOpenToReaders(plan.Plan, wanted))
        {
            return TypedResults.Problem("Everyone's 听课记录 are shown from 交流 on.", statusCode: StatusCodes.Status409Conflict, title: "Not in this stage.");
        }

        var records = new List<ObservationDto>();
        await foreach (var record in store.ListAsync(plan.Plan.Id, cancellationToken).ConfigureAwait(false))
        {
            if (record.Round == wanted && record.Active)
            {
                records.Add(ObservationViews.ToDto(record));
            }
        }

        return TypedResults.Ok(records.OrderBy(r => r.LessonStartedAt ?? r.CreatedAt).ToArray());
    }
}
