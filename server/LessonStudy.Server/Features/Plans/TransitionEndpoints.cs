using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// <c>POST /api/plans/{id}/transitions</c>: 404 for whoever cannot read the plan, 409 when the target is not a
/// next stage of the current one (or the plan moved meanwhile, or suggestions await a disposition
/// without confirmation — with their count), 403 for readers who may not move it.
/// </summary>
public static class TransitionEndpoints
{
    public const string UndisposedExtension = "undisposedSuggestions";

    public static async Task<Results<Ok<PlanDto>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> MoveAsync(
        string id, TransitionRequest? request, ClaimsPrincipal principal, PlanAccess access, PlanTransitions transitions, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context)
        {
            return TypedResults.NotFound();
        }

        if (!PlanStageNames.TryParse(request?.To, out var to))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["to"] = [$"to must be one of {string.Join(", ", PlanStages.All)}."] }, title: "The transition is not valid.");
        }

        if (!StageRules.Next(context.Stage).Contains(to))
        {
            return TypedResults.Problem(
                $"A plan in {context.Stage.ChineseName()} cannot move to {to.ChineseName()}.", statusCode: StatusCodes.Status409Conflict);
        }

        if (!StageRules.CanMove(context.Roles, context.Stage, to))
        {
            return TypedResults.Forbid();
        }

        try
        {
            var moved = await transitions.MoveAsync(context.Plan, to, request!.ConfirmUndisposed, user, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(access.For(user, moved, context.Group).ToDto());
        }
        catch (UndisposedSuggestionsException e)
        {
            return TypedResults.Problem(
                e.Message, statusCode: StatusCodes.Status409Conflict, title: "Suggestions have no disposition yet.",
                extensions: new Dictionary<string, object?> { [UndisposedExtension] = e.Count });
        }
        catch (PlanRuleException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
        }
        catch (PlanStoreConflictException)
        {
            return TypedResults.Problem("The plan is being changed by others; try again.", statusCode: StatusCodes.Status409Conflict);
        }
    }
}
