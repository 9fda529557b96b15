namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// A feedback action refused after reading the stored record (not the author, wrong category, stale
/// revision …): thrown from inside a read-modify-write so that nothing is written, and answered by the
/// endpoint as a problem with <see cref="StatusCode"/>.
/// </summary>
public sealed class FeedbackRefusedException : Exception
{
    public FeedbackRefusedException() { }

    public FeedbackRefusedException(string message) : base(message) { }

    public FeedbackRefusedException(string message, Exception inner) : base(message, inner) { }

    public FeedbackRefusedException(int statusCode, string message) : base(message) => StatusCode = statusCode;

    public int StatusCode { get; } = StatusCodes.Status409Conflict;

    public static FeedbackRefusedException NotYours(string what) => new(StatusCodes.Status403Forbidden, $"Only the author may change this {what}.");

    public static FeedbackRefusedException NotFound(string what) => new(StatusCodes.Status404NotFound, $"The {what} does not exist.");
}
