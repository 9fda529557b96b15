namespace LessonStudy.Server.Features.Analytics;

/// <summary>The wire values of comment categories and dispositions as the comments feature stores them.</summary>
public static class FeedbackValues
{
    public const string Highlight = "highlight";
    public const string Weakness = "weakness";
    public const string Suggestion = "suggestion";

    public const string Adopted = "adopted";
    public const string Rejected = "rejected";
    public const string Deferred = "deferred";

    public static readonly IReadOnlyList<string> Categories = [Highlight, Weakness, Suggestion];
}
