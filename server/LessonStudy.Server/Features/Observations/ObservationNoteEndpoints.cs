using System.Security.Claims;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Versions;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// Keeping one's 听课记录 in 跟踪 (<see cref="StageRules.CanObserve"/>): starting the lesson clock, adding notes
/// (timestamped by the server from that clock), editing and deleting one's notes; and the closing 三个一
/// (<see cref="StageRules.CanSummarize"/>, 跟踪 and 交流).
/// </summary>
public static class ObservationNoteEndpoints
{
    public static async Task<Results<Ok<ObservationDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> StartAsync(
        string id, ClaimsPrincipal principal, PlanGate gate, ObservationChange change, TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanObserve) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Observing the lesson");
        }

        // Starting twice keeps the first start: offsets of notes already taken stay right.
        return ObservationChange.Widen(await change.RunAsync(
            plan,
            user,
            ObservationChange.Kind(summary: false),
            current => current.LessonStartedAt is null ? current with { LessonStartedAt = time.GetUtcNow() } : current,
            after => new ObservationEvent(after.Id, after.VersionId, "started"),
            cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<ObservationDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> AddNoteAsync(
        string id, ObservationNoteRequest? request, ClaimsPrincipal principal, PlanGate gate, ObservationChange change,
        [FromServices] IVersionStore versions, TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanObserve) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Taking observation notes");
        }

        var checkedNote = await CheckAsync(plan, request, versions, cancellationToken).ConfigureAwait(false);
        if (checkedNote.Problem is { } problem)
        {
            return problem;
        }

        var (text, category, anchor) = checkedNote.Note!.Value;
        var noteId = ResourceId.New();
        return ObservationChange.Widen(await change.RunAsync(
            plan,
            user,
            ObservationChange.Kind(summary: false),
            current =>
            {
                if (current.LessonStartedAt is not { } started)
                {
                    throw new FeedbackRefusedException("Start the lesson clock first (POST …/observations/mine/start).");
                }

                var now = time.GetUtcNow();
                var note = new ObservationNoteRecord(
                    noteId, ObservationChange.OffsetSeconds(started, now), now, text, category, anchor.Section, anchor.Quote, anchor.Start, anchor.End, null, [], null);
                return current with { Notes = [.. current.Notes, note] };
            },
            after => Describe(after, noteId, "added"),
            cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<ObservationDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> EditNoteAsync(
        string id, string noteId, ObservationNoteRequest? request, ClaimsPrincipal principal, PlanGate gate, ObservationChange change,
        [FromServices] IVersionStore versions, TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan || !ResourceId.IsValid(noteId))
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanObserve) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Editing observation notes");
        }

        var checkedNote = await CheckAsync(plan, request, versions, cancellationToken).ConfigureAwait(false);
        if (checkedNote.Problem is { } problem)
        {
            return problem;
        }

        var (text, category, anchor) = checkedNote.Note!.Value;
        return ObservationChange.Widen(await change.RunAsync(
            plan,
            user,
            ObservationChange.Kind(summary: false),
            current => ChangeNote(current, noteId, note =>
            {
                var now = time.GetUtcNow();
                return note with
                {
                    Text = text,
                    Category = category,
                    Section = anchor.Section,
                    Quote = anchor.Quote,
                    Start = anchor.Start,
                    End = anchor.End,
                    EditedAt = now,
                    Edits = note.Text == text ? note.Edits : [.. note.Edits, new TextEditRecord(note.Text, now)],
                };
            }),
            after => Describe(after, noteId, "edited"),
            cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<ObservationDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> DeleteNoteAsync(
        string id, string noteId, ClaimsPrincipal principal, PlanGate gate, ObservationChange change, TimeProvider time, CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan || !ResourceId.IsValid(noteId))
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanObserve) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Deleting observation notes");
        }

        return ObservationChange.Widen(await change.RunAsync(
            plan,
            user,
            ObservationChange.Kind(summary: false),
            current => ChangeNote(current, noteId, note => note with { DeletedAt = time.GetUtcNow() }),
            after => new ObservationEvent(after.Id, after.VersionId, "deleted", NoteId: noteId),
            cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<ObservationDto>, NotFound, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> SummaryAsync(
        string id, ObservationSummaryRequest? request, ClaimsPrincipal principal, PlanGate gate, ObservationChange change, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (UserIdentity.From(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await gate.ReadAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        if (PlanGate.Check(plan, StageRules.CanSummarize) is var answer && answer != GateAnswer.Allowed)
        {
            return FeedbackProblems.For(answer, "Writing the 三个一 summary");
        }

        if (FeedbackText.Normalize(request?.Highlight, FeedbackText.MaxBodyLength, out var error) is not { } highlight)
        {
            return FeedbackProblems.Invalid("highlight", $"highlight (亮点) {error}");
        }

        if (FeedbackText.Normalize(request!.Weakness, FeedbackText.MaxBodyLength, out error) is not { } weakness)
        {
            return FeedbackProblems.Invalid("weakness", $"weakness (不足) {error}");
        }

        if (FeedbackText.Normalize(request.Suggestion, FeedbackText.MaxBodyLength, out error) is not { } suggestion)
        {
            return FeedbackProblems.Invalid("suggestion", $"suggestion (建议) {error}");
        }

        var summary = new ObservationSummaryRecord(highlight, weakness, suggestion, plan.Stage.ToWire(), time.GetUtcNow());
        return ObservationChange.Widen(await change.RunAsync(
            plan,
            user,
            ObservationChange.Kind(summary: true),
            current => current with { Summary = summary },
            after => new ObservationEvent(after.Id, after.VersionId, "saved", Highlight: highlight, Weakness: weakness, Suggestion: suggestion),
            cancellationToken).ConfigureAwait(false));
    }

    private static async Task<(ProblemHttpResult? Problem, (string Text, string? Category, NoteAnchors.Checked Anchor)? Note)> CheckAsync(
        PlanContext plan, ObservationNoteRequest? request, IVersionStore versions, CancellationToken cancellationToken)
    {
        if (FeedbackText.Normalize(request?.Text, FeedbackText.MaxBodyLength, out var error) is not { } text)
        {
            return (Invalid("text", $"text {error}"), null);
        }

        if (request!.Category is { } category && !CommentCategories.All.Contains(category))
        {
            return (Invalid("category", $"category must be one of {string.Join(", ", CommentCategories.All)}, or left out."), null);
        }

        if (request.Anchor is null)
        {
            return (null, (text, request.Category, new NoteAnchors.Checked(null, null, null, null)));
        }

        if (TeachingVersion.IdOf(plan.Plan, plan.Plan.Round) is not { } versionId
            || await versions.GetAsync(plan.Plan.Id, versionId, cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return (TypedResults.Problem("This round has no 授课版 (it has not entered 跟踪).", statusCode: StatusCodes.Status409Conflict), null);
        }

        return NoteAnchors.Check(request.Anchor, version, out var field, out error) is { } anchor
            ? (null, (text, request.Category, anchor))
            : (Invalid(field, error), null);
    }

    // A validation failure as a problem with the field named, so the helper can return one result type.
    private static ProblemHttpResult Invalid(string field, string error) =>
        TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.", extensions: new Dictionary<string, object?> { ["field"] = field });

    private static ObservationRecord ChangeNote(ObservationRecord record, string noteId, Func<ObservationNoteRecord, ObservationNoteRecord> change)
    {
        var index = record.Notes.ToList().FindIndex(n => n.Id == noteId && n.DeletedAt is null);
        if (index < 0)
        {
            throw FeedbackRefusedException.NotFound("note");
        }

        var notes = record.Notes.ToList();
        notes[index] = change(notes[index]);
        return record with { Notes = notes };
    }

    private static ObservationEvent Describe(ObservationRecord record, string noteId, string action)
    {
        var note = record.Notes.First(n => n.Id == noteId);
        return new ObservationEvent(record.Id, record.VersionId, action, noteId, note.OffsetSeconds, note.Text, note.Category, note.Section);
    }
}
