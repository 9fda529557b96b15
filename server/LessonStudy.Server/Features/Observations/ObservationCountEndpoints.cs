using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Plans;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// <c>GET /api/users/{userId}/observations/count?semester=2026-autumn</c>: how many lessons a teacher observed in
/// a semester (<see cref="Semester"/>) — the 听课记录 they kept (clock started, a note or a summary), dated by
/// when the lesson was observed. Anyone sees their own; 备课组长 (of any group) and admins see anyone's; others 403.
/// </summary>
public static class ObservationCountEndpoints
{
    public static async Task<Results<Ok<ObservationCountDto>, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> CountAsync(
        string userId, string? semester, ClaimsPrincipal principal, PlanGate gate, ObservationStore store, [FromServices] IPlanStore plans,
        CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (UserText.Normalize(userId, UserText.MaxUserIdLength, out _) != userId)
        {
            return FeedbackProblems.Invalid("userId", "userId is not a valid user ID.");
        }

        if (Semester.Parse(semester) is not { } period)
        {
            return FeedbackProblems.Invalid("semester", "semester must look like 2026-autumn (September–January) or 2026-spring (February–August).");
        }

        var groups = new List<GroupRecord>();
        await foreach (var group in plans.ListGroupsAsync(cancellationToken).ConfigureAwait(false))
        {
            groups.Add(group);
        }

        if (userId != user.Id && !gate.IsAdmin(user) && !groups.Any(g => g.Find(user.Id)?.Role.HasFlag(PlanRole.Leader) == true))
        {
            return TypedResults.Problem("Only the teacher, a 备课组长 or an admin sees these counts.", statusCode: StatusCodes.Status403Forbidden);
        }

        var observed = new List<ObservedLessonDto>();
        foreach (var group in groups)
        {
            await foreach (var plan in plans.ListPlansAsync(group.Id, cancellationToken).ConfigureAwait(false))
            {
                var ids = await store.ListIdsAsync(plan.Id, cancellationToken).ConfigureAwait(false);
                for (var round = 1; round <= plan.Round; round++)
                {
                    var id = ObservationIds.For(plan.Id, userId, round);
                    if (ids.Contains(id)
                        && await store.GetAsync(plan.Id, id, cancellationToken).ConfigureAwait(false) is { Active: true, ObservedAt: { } at }
                        && period.Contains(at))
                    {
                        observed.Add(new ObservedLessonDto(plan.Id, plan.Title, round, at));
                    }
                }
            }
        }

        return TypedResults.Ok(new ObservationCountDto(userId, period.Name, period.From, period.To, observed.Count, [.. observed.OrderBy(o => o.At)]));
    }
}
