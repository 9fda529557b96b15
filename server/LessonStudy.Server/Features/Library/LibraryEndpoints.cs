using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Versions;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Library;

/// <summary>
/// The school's 优秀教案库: the 定稿 plans of all groups. Every signed-in user of the school may browse
/// and read them (sharing finished plans across groups is what the library is for; a deployment signs in
/// one school's tenant only). Drafts and plans in progress never show here. A new plan starts as a copy
/// through <c>CreatePlanRequest.CopyFromPlanId</c>.
/// </summary>
public static class LibraryEndpoints
{
    public const int MaxResults = 100;

    public static async Task<Results<Ok<LibraryEntryDto[]>, ValidationProblem, UnauthorizedHttpResult>> SearchAsync(
        string? subject, string? grade, string? q, ClaimsPrincipal principal, IPlanStore store, IVersionStore versions, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is null)
        {
            return TypedResults.Unauthorized();
        }

        if ((q?.Length ?? 0) > LibraryQuery.MaxQueryLength || (subject?.Length ?? 0) > PlanText.MaxShortLength || (grade?.Length ?? 0) > PlanText.MaxShortLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["The search is too long."] }, title: "The search is not valid.");
        }

        var query = LibraryQuery.From(subject, grade, q);
        var groups = new Dictionary<string, GroupRecord?>(StringComparer.Ordinal);
        var found = new List<LibraryEntryDto>();
        await foreach (var plan in store.ListFinalPlansAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!query.MatchesRecord(plan.Subject, plan.Grade) || FinalVersionId(plan) is not { } versionId)
            {
                continue;
            }

            if (query.Words.Count > 0
                && (await versions.GetAsync(plan.Id, versionId, cancellationToken).ConfigureAwait(false) is not { } version
                    || !query.MatchesText(plan.Title, version.Markdown)))
            {
                continue;
            }

            if (!groups.TryGetValue(plan.GroupId, out var group))
            {
                groups[plan.GroupId] = group = await store.GetGroupAsync(plan.GroupId, cancellationToken).ConfigureAwait(false);
            }

            if (group is not null)
            {
                found.Add(ToEntry(plan, group, versionId));
            }
        }

        return TypedResults.Ok(found.OrderByDescending(e => e.FinalizedAt).ThenBy(e => e.PlanId, StringComparer.Ordinal).Take(MaxResults).ToArray());
    }

    public static async Task<Results<Ok<LibraryPlanDto>, NotFound, UnauthorizedHttpResult>> GetAsync(
        string planId, ClaimsPrincipal principal, IPlanStore store, IVersionStore versions, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is null)
        {
            return TypedResults.Unauthorized();
        }

        if (!ResourceId.IsValid(planId)
            || await store.GetPlanAsync(planId, cancellationToken).ConfigureAwait(false) is not { Stage: PlanStage.Final } plan
            || FinalVersionId(plan) is not { } versionId
            || await versions.GetAsync(plan.Id, versionId, cancellationToken).ConfigureAwait(false) is not { } version
            || await store.GetGroupAsync(plan.GroupId, cancellationToken).ConfigureAwait(false) is not { } group)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new LibraryPlanDto(ToEntry(plan, group, versionId), version.Markdown));
    }

    /// <summary>The version frozen when the plan became 定稿.</summary>
    private static string? FinalVersionId(PlanRecord plan) =>
        plan.Transitions.LastOrDefault(t => t.To == PlanStage.Final)?.VersionId;

    private static LibraryEntryDto ToEntry(PlanRecord plan, GroupRecord group, string versionId) => new(
        plan.Id, group.Id, group.Name, group.School, plan.Title, plan.Subject, plan.Grade, plan.Lesson,
        new PlanPersonDto(plan.TeacherId, plan.TeacherName), versionId, plan.StageSince);
}
