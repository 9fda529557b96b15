using System.Security.Claims;
using LessonStudy.Contracts.Documents;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Documents.Catalog;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Documents;

/// <summary>
/// The documents API (DESIGN.md, documents contract). Every handler checks the caller itself, on top of
/// the fallback policy: an ID that is malformed, unknown or unreadable for the caller is one answer, 404,
/// so that nobody can probe which documents exist.
/// </summary>
public static class DocumentEndpoints
{
    public static async Task<Results<Created<CreateDocumentResponse>, ValidationProblem, UnauthorizedHttpResult>> CreateAsync(
        CreateDocumentRequest? request, ClaimsPrincipal principal, IDocumentCatalog catalog, DocumentMetrics metrics,
        ILogger<DocumentMetrics> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (DocumentTitle.Normalize(request?.Title, out var error) is not { } title)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["title"] = [error] }, title: "The document is not valid.");
        }

        var record = await catalog.CreateAsync(user.Id, title, cancellationToken).ConfigureAwait(false);
        metrics.Created();
        DocumentsLog.DocumentCreated(logger, record.Id, user.Id);
        return TypedResults.Created($"{DocumentRoutes.Documents}/{record.Id}", new CreateDocumentResponse(record.Id));
    }

    public static async Task<Results<Ok<DocumentSummary[]>, UnauthorizedHttpResult>> ListAsync(
        ClaimsPrincipal principal, IDocumentCatalog catalog, IDocumentAccessPolicy policy, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var summaries = new List<DocumentSummary>();
        await foreach (var record in catalog.ListForUserAsync(user.Id, cancellationToken).ConfigureAwait(false))
        {
            if (await policy.GetRightsAsync(user, record.Id, cancellationToken).ConfigureAwait(false) is { } rights)
            {
                summaries.Add(ToSummary(record, rights));
            }
        }

        return TypedResults.Ok(summaries.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray());
    }

    public static async Task<Results<Ok<DocumentSummary>, NotFound, UnauthorizedHttpResult>> GetAsync(
        string id, ClaimsPrincipal principal, IDocumentCatalog catalog, IDocumentAccessPolicy policy, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (!ResourceId.IsValid(id)
            || await policy.GetRightsAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } rights
            || await catalog.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(ToSummary(record, rights));
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult>> SetMemberAsync(
        string id, AddMemberRequest? request, ClaimsPrincipal principal, IDocumentCatalog catalog, IDocumentAccessPolicy policy,
        DocumentRightsNotifier notifier, DocumentMetrics metrics, ILogger<DocumentMetrics> logger, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (!ResourceId.IsValid(id)
            || await policy.GetRightsAsync(user, id, cancellationToken).ConfigureAwait(false) is null
            || await catalog.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return TypedResults.NotFound();
        }

        // Only the owner shares, whatever else a reader may do (a lesson plan's roles do not change that).
        if (record.OwnerId != user.Id)
        {
            return TypedResults.Forbid();
        }

        if (UserText.Normalize(request?.UserId, UserText.MaxUserIdLength, out var error) is not { } memberId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["userId"] = [$"userId {error}"] }, title: "The member is not valid.");
        }

        if (memberId == record.OwnerId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["userId"] = ["The owner is not added as a member."] }, title: "The member is not valid.");
        }

        if (record.FindMember(memberId) is null && record.Members.Count >= DocumentRecord.MaxMembers)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["userId"] = [$"A document has at most {DocumentRecord.MaxMembers} members."] }, title: "Too many members.");
        }

        try
        {
            if (await catalog.SetMemberAsync(id, memberId, request!.CanEdit, cancellationToken).ConfigureAwait(false) is null)
            {
                return TypedResults.NotFound();
            }
        }
        catch (CatalogConflictException)
        {
            return TypedResults.Problem("The document is being changed by others; try again.", statusCode: StatusCodes.Status409Conflict);
        }

        metrics.MemberSet();
        DocumentsLog.MemberSet(logger, id, memberId, request.CanEdit);
        await notifier.RightsChangedAsync(id).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static DocumentSummary ToSummary(DocumentRecord record, DocumentRights rights) =>
        new(record.Id, record.Title, record.OwnerId, rights.CanEdit, record.CreatedAt);
}
