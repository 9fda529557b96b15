using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Crdt;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Features.Versions;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// Listing, reading and creating comments. Every handler loads the plan as the caller sees it: 404 for
/// people who cannot read it, then <see cref="StageRules"/> decides (403 for roles that never may, 409 for
/// the wrong stage).
/// </summary>
public static class CommentEndpoints
{
    public static async Task<Results<Ok<CommentDto[]>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> ListAsync(
        string id, string? category, int? round, string? status, string? versionId, ClaimsPrincipal principal, PlanGate gate, CommentStore store,
        [FromServices] IDocumentContent content, [FromServices] IVersionStore versions, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        if (category is not null && !CommentCategories.All.Contains(category))
        {
            return FeedbackProblems.Invalid("category", $"category must be one of {string.Join(", ", CommentCategories.All)}.");
        }

        if (status is not null && !CommentStatuses.All.Contains(status))
        {
            return FeedbackProblems.Invalid("status", $"status must be one of {string.Join(", ", CommentStatuses.All)}.");
        }

        var comments = new List<CommentRecord>();
        await foreach (var comment in store.ListAsync(plan.Plan.Id, cancellationToken).ConfigureAwait(false))
        {
            if ((category is null || comment.Category == category)
                && (round is null || comment.Round == round)
                && (status is null || StatusOf(comment) == status))
            {
                comments.Add(comment);
            }
        }

        // The document is read (through its room) only when there are anchors to resolve in it.
        var anchored = comments.Exists(c => c.Anchor is not null);
        Doc? state = null;
        string resolvedAgainst;
        if (versionId is null)
        {
            resolvedAgainst = CommentViews.Live;
            if (anchored)
            {
                state = TextAnchors.Load((await content.ReadAsync(plan.Plan.DocumentId, cancellationToken).ConfigureAwait(false)).State);
            }
        }
        else if (ResourceId.IsValid(versionId) && await versions.GetAsync(plan.Plan.Id, versionId, cancellationToken).ConfigureAwait(false) is { } version)
        {
            (state, resolvedAgainst) = (anchored ? TextAnchors.Load(version.State) : null, version.Id);
        }
        else
        {
            return TypedResults.Problem("The plan has no such version.", statusCode: StatusCodes.Status404NotFound);
        }

        var versionList = CommentViews.NeedsVersions(comments)
            ? await versions.ListAsync(plan.Plan.Id, cancellationToken).ConfigureAwait(false)
            : [];
        var views = new CommentViews(state, resolvedAgainst, versionList);
        return TypedResults.Ok(comments.Select(views.ToDto).ToArray());
    }

    public static async Task<Results<Created<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> CreateAsync(
        string id, CreateCommentRequest? request, ClaimsPrincipal principal, PlanGate gate, CommentStore store, FeedbackEvents events,
        [FromServices] IDocumentContent content, TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanComment) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Commenting");
        }

        if (request is null || !CommentCategories.All.Contains(request.Category))
        {
            return FeedbackProblems.Invalid("category", $"category must be one of {string.Join(", ", CommentCategories.All)}.");
        }

        if (FeedbackText.Normalize(request.Body, FeedbackText.MaxBodyLength, out var error) is not { } body)
        {
            return FeedbackProblems.Invalid("body", $"body {error}");
        }

        CommentAnchorRecord? anchor = null;
        if (request.Anchor is { } asked)
        {
            var start = TextAnchors.Decode(asked.Start);
            var end = TextAnchors.Decode(asked.End);
            if (start is null || end is null)
            {
                return FeedbackProblems.Invalid("anchor", "anchor.start and anchor.end must be base64 of yjs-encoded relative positions.");
            }

            if (string.IsNullOrEmpty(asked.Quote) || asked.Quote.Length > TextAnchors.MaxQuoteLength)
            {
                return FeedbackProblems.Invalid("anchor.quote", $"anchor.quote must be 1 to {TextAnchors.MaxQuoteLength} characters.");
            }

            var live = await content.ReadAsync(plan.Plan.DocumentId, cancellationToken).ConfigureAwait(false);
            var place = TextAnchors.Resolve(TextAnchors.Load(live.State), start, end, asked.Quote);
            if (place.Status != AnchorStatuses.Present)
            {
                return TypedResults.Problem(AnchorRefusal(place), statusCode: StatusCodes.Status409Conflict, title: "The anchor does not fit the document.");
            }

            anchor = new CommentAnchorRecord(asked.Start, asked.End, asked.Quote, place.Index!.Value);
        }

        var now = time.GetUtcNow();
        var record = new CommentRecord(
            CommentRecord.CurrentSchemaVersion, ResourceId.New(), plan.Plan.Id, user.Id, user.DisplayName, request.Category, body, anchor,
            plan.Plan.Round, plan.Stage.ToWire(), plan.Plan.Transitions.Count > 0 ? plan.Plan.Transitions[^1].VersionId : null, now, null, [], null, false, null, null, [], []);
        await store.CreateAsync(record, cancellationToken).ConfigureAwait(false);
        await events.ChangedAsync(
            plan, user.Id, RecordKinds.CommentCreated, PlanEventKinds.Comment, record.Id, record.Round,
            new CommentEvent(record.Id, record.Category, Body: body, Quote: anchor?.Quote), cancellationToken).ConfigureAwait(false);
        var view = new CommentViews(null, CommentViews.Live, []).ToDto(record);
        return TypedResults.Created(FeedbackRoutes.Comment(plan.Plan.Id, record.Id), view with { Anchor = view.Anchor is null ? null : Fresh(view.Anchor, anchor!) });
    }

    /// <summary>The list's <c>status</c> of a thread.</summary>
    public static string StatusOf(CommentRecord comment) =>
        comment.Deleted ? CommentStatuses.Deleted : comment.Resolved ? CommentStatuses.Resolved : CommentStatuses.Open;

    private static string AnchorRefusal(AnchorPlace place) => place.Status switch
    {
        AnchorStatuses.Absent => "The anchor points at text the server does not have yet; wait until your edits are saved and try again.",
        AnchorStatuses.Deleted => "The anchored text no longer exists (or the range is empty).",
        _ => "The text between the anchors is not the quoted text; the document changed, select again.",
    };

    private static CommentAnchorDto Fresh(CommentAnchorDto dto, CommentAnchorRecord anchor) => dto with
    {
        Status = AnchorStatuses.Present,
        Deleted = false,
        Index = anchor.Index,
        Length = anchor.Quote.Length,
        Text = anchor.Quote,
        Label = null,
    };
}
