using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Rendering.Compare;
using LessonStudy.Server.Features.Rendering.Html;
using LessonStudy.Server.Features.Rendering.Word;
using LessonStudy.Server.Features.Versions;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Rendering;

/// <summary>
/// Reading a plan in other shapes: HTML (a version, or the live text), Word, a comparison of two versions,
/// and a version's per-member changes. Readers of the plan only, in every stage; for anyone else — and for
/// a malformed or unknown plan or version — the answer is 404, so nobody can probe what exists.
/// </summary>
public static class RenderingEndpoints
{
    /// <summary>The date on a 教案 is the school's date: China Standard Time, which has no daylight saving.</summary>
    private static readonly TimeSpan SchoolTime = TimeSpan.FromHours(8);

    public static async Task<Results<ContentHttpResult, NotFound, UnauthorizedHttpResult>> VersionHtmlAsync(
        string id, string versionId, ClaimsPrincipal principal, HttpResponse response, PlanAccess access,
        [FromServices] IVersionStore versions, MarkdownRenderer renderer, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        return await FindVersionAsync(user, id, versionId, access, versions, cancellationToken).ConfigureAwait(false) is { } found
            ? HtmlFragment.Create(response, renderer.Render(found.Version.Markdown))
            : TypedResults.NotFound();
    }

    public static async Task<Results<ContentHttpResult, NotFound, UnauthorizedHttpResult>> CurrentHtmlAsync(
        string id, ClaimsPrincipal principal, HttpResponse response, PlanAccess access,
        [FromServices] IDocumentContent content, MarkdownRenderer renderer, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context)
        {
            return TypedResults.NotFound();
        }

        var snapshot = await content.ReadAsync(context.Plan.DocumentId, cancellationToken).ConfigureAwait(false);
        return HtmlFragment.Create(response, renderer.Render(snapshot.Markdown));
    }

    public static async Task<Results<FileContentHttpResult, NotFound, UnauthorizedHttpResult>> VersionDocxAsync(
        string id, string versionId, bool? notesColumn, ClaimsPrincipal principal, PlanAccess access,
        [FromServices] IVersionStore versions, LessonPlanDocxWriter writer, ILogger<LessonPlanDocxWriter> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await FindVersionAsync(user, id, versionId, access, versions, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var (context, version) = found;
        var plan = context.Plan;
        var info = new LessonPlanDocxInfo(
            context.Group.School, context.Group.Name, plan.Title, plan.TeacherName, plan.Subject, plan.Grade, plan.Lesson,
            DateOnly.FromDateTime(version.CreatedAt.ToOffset(SchoolTime).DateTime), version.Name);
        var withNotes = notesColumn ?? false;
        var bytes = writer.Write(info, version.Markdown, withNotes);
        RenderingLog.DocxExported(logger, version.Id, plan.Id, user.Id, withNotes, bytes.Length);
        return TypedResults.File(bytes, LessonPlanDocxWriter.ContentType, DocxFileName.For(version.Name, plan.Title));
    }

    public static async Task<Results<Ok<VersionCompareDto>, NotFound, ValidationProblem, UnauthorizedHttpResult>> CompareAsync(
        string id, [FromQuery(Name = "from")] string? fromVersionId, [FromQuery(Name = "to")] string? toVersionId,
        ClaimsPrincipal principal, PlanAccess access, [FromServices] IVersionStore versions, VersionComparer comparer,
        ILogger<VersionComparer> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        // The plan first: someone who cannot read it learns nothing, not even that the query was wrong.
        if (await access.LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(fromVersionId))
        {
            errors["from"] = ["from (a version ID) is required."];
        }

        if (string.IsNullOrEmpty(toVersionId))
        {
            errors["to"] = ["to (a version ID) is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Two versions are needed to compare.");
        }

        if (await GetAsync(context, fromVersionId!, versions, cancellationToken).ConfigureAwait(false) is not { } from
            || await GetAsync(context, toVersionId!, versions, cancellationToken).ConfigureAwait(false) is not { } to)
        {
            return TypedResults.NotFound();
        }

        var result = comparer.Compare(from, to, PlanPeople.DisplayNames(context.Plan, context.Group));
        RenderingLog.Compared(logger, from.Id, to.Id, context.Plan.Id, user.Id);
        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<VersionStatsDto>, NotFound, UnauthorizedHttpResult>> VersionStatsAsync(
        string id, string versionId, ClaimsPrincipal principal, PlanAccess access, [FromServices] IVersionStore versions, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        return await FindVersionAsync(user, id, versionId, access, versions, cancellationToken).ConfigureAwait(false) is { } found
            ? TypedResults.Ok(VersionStats.Of(found.Version, PlanPeople.DisplayNames(found.Context.Plan, found.Context.Group)))
            : TypedResults.NotFound();
    }

    private static async Task<(PlanContext Context, VersionRecord Version)?> FindVersionAsync(
        UserIdentity user, string planId, string versionId, PlanAccess access, IVersionStore versions, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsValid(versionId)
            || await access.LoadAsync(user, planId, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context
            || await versions.GetAsync(context.Plan.Id, versionId, cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return null;
        }

        return (context, version);
    }

    private static async Task<VersionRecord?> GetAsync(PlanContext context, string versionId, IVersionStore versions, CancellationToken cancellationToken) =>
        ResourceId.IsValid(versionId) ? await versions.GetAsync(context.Plan.Id, versionId, cancellationToken).ConfigureAwait(false) : null;
}
