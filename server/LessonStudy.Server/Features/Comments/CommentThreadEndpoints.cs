using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// Threads: replying (anyone who may comment now), editing and deleting one's own comment or reply.
/// Deleting is soft: the record keeps the text for analysis, the API stops showing it. Edits keep the
/// earlier text in the record too.
/// </summary>
public static class CommentThreadEndpoints
{
    public static async Task<Results<Ok<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> GetAsync(
        string id, string commentId, ClaimsPrincipal principal, PlanGate gate, CommentStore store, CommentChange change, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan
            || !ResourceId.IsValid(commentId)
            || await store.GetAsync(plan.Plan.Id, commentId, cancellationToken).ConfigureAwait(false) is not { } comment)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await change.ViewAsync(plan, comment, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> ReplyAsync(
        string id, string commentId, CommentTextRequest? request, ClaimsPrincipal principal, PlanGate gate, CommentChange change, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan || !ResourceId.IsValid(commentId))
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanComment) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Replying");
        }

        if (FeedbackText.Normalize(request?.Body, FeedbackText.MaxBodyLength, out var error) is not { } body)
        {
            return FeedbackProblems.Invalid("body", $"body {error}");
        }

        var reply = new CommentReplyRecord(ResourceId.New(), user.Id, user.DisplayName, body, plan.Plan.Round, plan.Stage.ToWire(), time.GetUtcNow(), null, [], null);
        return CommentChange.Widen(await change.RunAsync(
            plan,
            user.Id,
            commentId,
            RecordKinds.CommentReplied,
            current => current.Deleted
                ? throw new FeedbackRefusedException("The comment was deleted; it takes no more replies.")
                : current with { Replies = [.. current.Replies, reply] },
            after => new CommentEvent(after.Id, after.Category, ReplyId: reply.Id, Body: body),
            cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> EditAsync(
        string id, string commentId, CommentTextRequest? request, ClaimsPrincipal principal, PlanGate gate, CommentChange change, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan || !ResourceId.IsValid(commentId))
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanComment) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Editing a comment");
        }

        if (FeedbackText.Normalize(request?.Body, FeedbackText.MaxBodyLength, out var error) is not { } body)
        {
            return FeedbackProblems.Invalid("body", $"body {error}");
        }

        var now = time.GetUtcNow();
        return CommentChange.Widen(await change.RunAsync(
            plan,
            user.Id,
            commentId,
            RecordKinds.CommentEdited,
            current =>
            {
                Own(current.AuthorId, user.Id, "comment", current.Deleted);
                return current.Body == body ? current : current with { Body = body, EditedAt = now, Edits = [.. current.Edits, new TextEditRecord(current.Body, now)] };
            },
            after => new CommentEvent(after.Id, after.Category, Body: body),
            cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> DeleteAsync(
        string id, string commentId, ClaimsPrincipal principal, PlanGate gate, CommentChange change, TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan || !ResourceId.IsValid(commentId))
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanComment) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Deleting a comment");
        }

        var now = time.GetUtcNow();
        return CommentChange.Widen(await change.RunAsync(
            plan,
            user.Id,
            commentId,
            RecordKinds.CommentDeleted,
            current =>
            {
                Own(current.AuthorId, user.Id, "comment", deleted: false);
                return current.Deleted ? current : current with { DeletedAt = now };
            },
            after => new CommentEvent(after.Id, after.Category),
            cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> EditReplyAsync(
        string id, string commentId, string replyId, CommentTextRequest? request, ClaimsPrincipal principal, PlanGate gate, CommentChange change,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan || !ResourceId.IsValid(commentId) || !ResourceId.IsValid(replyId))
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanComment) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Editing a reply");
        }

        if (FeedbackText.Normalize(request?.Body, FeedbackText.MaxBodyLength, out var error) is not { } body)
        {
            return FeedbackProblems.Invalid("body", $"body {error}");
        }

        var now = time.GetUtcNow();
        return CommentChange.Widen(await change.RunAsync(
            plan,
            user.Id,
            commentId,
            RecordKinds.CommentEdited,
            current => ChangeReply(current, replyId, reply =>
            {
                Own(reply.AuthorId, user.Id, "reply", reply.Deleted);
                return reply.Body == body ? reply : reply with { Body = body, EditedAt = now, Edits = [.. reply.Edits, new TextEditRecord(reply.Body, now)] };
            }),
            after => new CommentEvent(after.Id, after.Category, ReplyId: replyId, Body: body),
            cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<CommentDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> DeleteReplyAsync(
        string id, string commentId, string replyId, ClaimsPrincipal principal, PlanGate gate, CommentChange change, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan || !ResourceId.IsValid(commentId) || !ResourceId.IsValid(replyId))
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanComment) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Deleting a reply");
        }

        var now = time.GetUtcNow();
        return CommentChange.Widen(await change.RunAsync(
            plan,
            user.Id,
            commentId,
            RecordKinds.CommentDeleted,
            current => ChangeReply(current, replyId, reply =>
            {
                Own(reply.AuthorId, user.Id, "reply", deleted: false);
                return reply.Deleted ? reply : reply with { DeletedAt = now };
            }),
            after => new CommentEvent(after.Id, after.Category, ReplyId: replyId),
            cancellationToken).ConfigureAwait(false));
    }

    private static CommentRecord ChangeReply(CommentRecord thread, string replyId, Func<CommentReplyRecord, CommentReplyRecord> change)
    {
        var index = thread.Replies.ToList().FindIndex(r => r.Id == replyId);
        if (index < 0)
        {
            throw FeedbackRefusedException.NotFound("reply");
        }

        var before = thread.Replies[index];
        var after = change(before);
        if (ReferenceEquals(before, after))
        {
            return thread;
        }

        var replies = thread.Replies.ToList();
        replies[index] = after;
        return thread with { Replies = replies };
    }

    private static void Own(string authorId, string userId, string what, bool deleted)
    {
        if (authorId != userId)
        {
            throw FeedbackRefusedException.NotYours(what);
        }

        if (deleted)
        {
            throw new FeedbackRefusedException($"The {what} was deleted; it cannot be edited.");
        }
    }
}
