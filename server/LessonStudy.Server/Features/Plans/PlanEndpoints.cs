using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Documents.Catalog;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Features.Versions;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// Plans of a group: create (from the template or as a copy of a 定稿 plan), list, read. Whoever cannot read
/// a plan gets 404 for it, whether it exists or not.
/// </summary>
public static class PlanEndpoints
{
    public const string DefaultLesson = "第1课时";

    public static async Task<Results<Created<PlanDto>, NotFound, ForbidHttpResult, ValidationProblem, UnauthorizedHttpResult>> CreateAsync(
        string groupId, CreatePlanRequest? request, ClaimsPrincipal principal, IPlanStore store, PlanAccess access,
        IDocumentCatalog catalog, IVersionStore versions, TimeProvider time,
        [FromServices] IDocumentContent content, [FromServices] IRecordLog records, ILogger<PlanAccess> logger,
        CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadGroupAsync(user, groupId, cancellationToken).ConfigureAwait(false) is not { } group)
        {
            return TypedResults.NotFound();
        }

        if (group.Find(user.Id) is null)
        {
            return TypedResults.Forbid(); // an admin reads the group but does not plan in it
        }

        var errors = new Dictionary<string, string[]>();
        var title = PlanText.Check(request?.Title, PlanText.MaxTitleLength, "title", errors);
        var subject = PlanText.CheckOr(request?.Subject, group.Subject, PlanText.MaxShortLength, "subject", errors);
        var grade = PlanText.CheckOr(request?.Grade, group.Grade, PlanText.MaxShortLength, "grade", errors);
        var lesson = PlanText.CheckOr(request?.Lesson, DefaultLesson, PlanText.MaxShortLength, "lesson", errors);
        var teacher = request?.TeacherId is { } teacherId ? group.Find(teacherId) : null;
        if (teacher is null)
        {
            errors["teacherId"] = ["teacherId must name a member of the group."];
        }

        string? markdown = null;
        if (request?.CopyFromPlanId is { } sourceId)
        {
            markdown = await FinalTextAsync(store, versions, sourceId, cancellationToken).ConfigureAwait(false);
            if (markdown is null)
            {
                errors["copyFromPlanId"] = ["copyFromPlanId must name a 定稿 plan."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The plan is not valid.");
        }

        markdown ??= PlanTemplate.Markdown(title!);
        var document = await catalog.CreateAsync(teacher!.UserId, title!, cancellationToken).ConfigureAwait(false);

        // The text lands before the plan record, so a plan never appears half filled; a crash in between
        // leaves a document nobody but its teacher knows of.
        await content.AppendMarkdownAsync(document.Id, markdown, cancellationToken).ConfigureAwait(false);
        var plan = new PlanRecord(
            PlanRecord.CurrentSchemaVersion, ResourceId.New(), group.Id, title!, subject!, grade!, lesson!,
            teacher.UserId, teacher.DisplayName, document.Id, PlanStage.Draft, 1, [], [], [], time.GetUtcNow(), user.Id,
            request!.CopyFromPlanId);
        await store.CreatePlanAsync(plan, cancellationToken).ConfigureAwait(false);
        PlansLog.PlanCreated(logger, plan.Id, group.Id, user.Id, document.Id);
        await records.AppendAsync(
            records.Create(RecordKinds.PlanCreated, user.Id, group.Id, plan.Id, plan.Round, plan.Stage.ToWire(), new
            {
                plan.Title, plan.Subject, plan.Grade, plan.Lesson, plan.TeacherId, plan.DocumentId, copiedFromPlanId = plan.CopiedFromPlanId,
            }),
            cancellationToken).ConfigureAwait(false);
        return TypedResults.Created(PlanRoutes.Plan(plan.Id), access.For(user, plan, group).ToDto());
    }

    public static async Task<Results<Ok<PlanDto[]>, NotFound, UnauthorizedHttpResult>> ListAsync(
        string groupId, ClaimsPrincipal principal, IPlanStore store, PlanAccess access, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadGroupAsync(user, groupId, cancellationToken).ConfigureAwait(false) is not { } group)
        {
            return TypedResults.NotFound();
        }

        var plans = new List<PlanDto>();
        await foreach (var plan in store.ListPlansAsync(group.Id, cancellationToken).ConfigureAwait(false))
        {
            plans.Add(access.For(user, plan, group).ToDto());
        }

        return TypedResults.Ok(plans.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray());
    }

    public static async Task<Results<Ok<PlanDto>, NotFound, UnauthorizedHttpResult>> GetAsync(
        string id, ClaimsPrincipal principal, PlanAccess access, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        return await access.LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is { CanRead: true } context
            ? TypedResults.Ok(context.ToDto())
            : TypedResults.NotFound();
    }

    /// <summary>The text of the newest version of a 定稿 plan, or null when there is no such plan.</summary>
    public static async Task<string?> FinalTextAsync(IPlanStore store, IVersionStore versions, string planId, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsValid(planId) || await store.GetPlanAsync(planId, cancellationToken).ConfigureAwait(false) is not { Stage: PlanStage.Final } plan)
        {
            return null;
        }

        var all = await versions.ListAsync(plan.Id, cancellationToken).ConfigureAwait(false);
        return all.Count > 0 ? all[^1].Markdown : null;
    }
}
