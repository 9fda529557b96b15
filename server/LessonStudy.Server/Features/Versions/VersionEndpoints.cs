using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Versions;

/// <summary>
/// Versions of a plan: save one now with a name (whoever may edit now, or a 备课组长), list, open, and the
/// document state it was taken from. Readers of the plan read its versions; others get 404.
/// </summary>
public static class VersionEndpoints
{
    public const int MaxNameLength = 100;

    public static async Task<Results<Created<VersionSummaryDto>, NotFound, ForbidHttpResult, ValidationProblem, UnauthorizedHttpResult>> SaveAsync(
        string id, SaveVersionRequest? request, ClaimsPrincipal principal, PlanAccess access, VersionFreezer freezer,
        [FromServices] IPlanEventPublisher events, [FromServices] IRecordLog records, ILogger<VersionFreezer> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context)
        {
            return TypedResults.NotFound();
        }

        if (!CanSave(context))
        {
            return TypedResults.Forbid();
        }

        if (UserText.Normalize(request?.Name, MaxNameLength, out var error) is not { } name)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"name {error}"] }, title: "The version is not valid.");
        }

        var plan = context.Plan;
        var version = await freezer.FreezeAsync(plan, name, VersionRecord.ManualKind, user.Id, cancellationToken).ConfigureAwait(false);
        VersionsLog.Saved(logger, version.Id, plan.Id, user.Id);
        await records.AppendAsync(
            records.Create(RecordKinds.VersionFrozen, user.Id, plan.GroupId, plan.Id, version.Round, version.Stage, VersionEvent(version)),
            cancellationToken).ConfigureAwait(false);
        await PlanEvents.PublishAsync(events, plan, PlanEventKinds.Version, version.Id, logger).ConfigureAwait(false);
        return TypedResults.Created(VersionRoutes.Version(plan.Id, version.Id), version.ToSummary());
    }

    public static async Task<Results<Ok<VersionSummaryDto[]>, NotFound, UnauthorizedHttpResult>> ListAsync(
        string id, ClaimsPrincipal principal, PlanAccess access, IVersionStore versions, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await access.LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context)
        {
            return TypedResults.NotFound();
        }

        var all = await versions.ListAsync(context.Plan.Id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(all.Select(v => v.ToSummary()).ToArray());
    }

    public static async Task<Results<Ok<VersionDto>, NotFound, UnauthorizedHttpResult>> GetAsync(
        string id, string versionId, ClaimsPrincipal principal, PlanAccess access, IVersionStore versions, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        return await FindAsync(user, id, versionId, access, versions, cancellationToken).ConfigureAwait(false) is { } version
            ? TypedResults.Ok(version.ToDto())
            : TypedResults.NotFound();
    }

    public static async Task<Results<FileContentHttpResult, NotFound, UnauthorizedHttpResult>> GetStateAsync(
        string id, string versionId, ClaimsPrincipal principal, PlanAccess access, IVersionStore versions, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        return await FindAsync(user, id, versionId, access, versions, cancellationToken).ConfigureAwait(false) is { } version
            ? TypedResults.File(version.State, "application/octet-stream", $"{version.Id}.bin")
            : TypedResults.NotFound();
    }

    /// <summary>Who saves a version on demand: whoever may edit in this stage, and the group's leaders.</summary>
    public static bool CanSave(PlanContext context) => context.CanEdit || context.Roles.HasFlag(PlanRole.Leader);

    /// <summary>The fields of a <see cref="RecordKinds.VersionFrozen"/> event.</summary>
    public static object VersionEvent(VersionRecord version) => new
    {
        versionId = version.Id,
        name = version.Name,
        kind = version.Kind,
        previousVersionId = version.PreviousVersionId,
        characters = version.Markdown.Length,
        changes = version.ChangesSincePrevious,
    };

    private static async Task<VersionRecord?> FindAsync(
        UserIdentity user, string planId, string versionId, PlanAccess access, IVersionStore versions, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsValid(versionId) || await access.LoadAsync(user, planId, cancellationToken).ConfigureAwait(false) is not { CanRead: true } context)
        {
            return null;
        }

        return await versions.GetAsync(context.Plan.Id, versionId, cancellationToken).ConfigureAwait(false);
    }
}
