using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Observations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>The 教师专业成长记录袋: semesters as the observations feature counts them (<see cref="Semester"/>).</summary>
public static partial class AnalyticsEndpoints
{
    public static async Task<Results<Ok<PortfolioDto>, ValidationProblem, ForbidHttpResult, UnauthorizedHttpResult>> PortfolioAsync(
        string userId, string? semester, ClaimsPrincipal principal, AnalyticsAccess access, PlanFactsReader reader, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (UserText.Normalize(userId, UserText.MaxUserIdLength, out var error) is not { } teacherId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["userId"] = [$"userId {error}"] }, title: "The user is not valid.");
        }

        var range = semester is null ? Semester.Of(time.GetUtcNow()) : Semester.Parse(semester);
        if (range is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["semester"] = ["semester is {year}-autumn or {year}-spring, e.g. 2026-autumn."] }, title: "The semester is not valid.");
        }

        if (!await access.MaySeePortfolioAsync(user, teacherId, cancellationToken).ConfigureAwait(false))
        {
            return TypedResults.Forbid();
        }

        var plans = await reader.ReadEverythingAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(PortfolioCalculator.Compute(teacherId, range.Name, range.From, range.To, access.ObservationQuota, plans));
    }
}
