using LessonStudy.Server.Features.Access;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// Rules for the free text of comments, replies, notes and reflections: those of <see cref="UserText"/>
/// (trimmed, bounded, no control characters, no lone surrogates) with line breaks and tabs allowed.
/// </summary>
public static class FeedbackText
{
    public const int MaxBodyLength = 4000;
    public const int MaxReasonLength = 2000;

    /// <summary>The trimmed text, or null (with <paramref name="error"/> saying why) when it breaks the rules.</summary>
    public static string? Normalize(string? value, int maxLength, out string error) =>
        UserText.Normalize(value, maxLength, allowLineBreaks: true, out error);
}
