using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Comments;

/// <summary>The problem answers the feedback endpoints share (RFC 9457 bodies, so clients can show why).</summary>
public static class FeedbackProblems
{
    public static ProblemHttpResult For(GateAnswer answer, string action) => answer == GateAnswer.WrongStage
        ? TypedResults.Problem($"{action} is not possible in the plan's current stage.", statusCode: StatusCodes.Status409Conflict, title: "Not in this stage.")
        : TypedResults.Problem($"Your roles on this plan do not allow this: {action}.", statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.");

    public static ProblemHttpResult From(FeedbackRefusedException refusal) =>
        TypedResults.Problem(refusal.Message, statusCode: refusal.StatusCode);

    public static ProblemHttpResult Busy() =>
        TypedResults.Problem("The record is being changed by others; try again.", statusCode: StatusCodes.Status409Conflict);

    public static ValidationProblem Invalid(string field, string error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [error] }, title: "The request is not valid.");
}
