namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// Rules for the free text of comments, replies, notes and reflections: trimmed, 1 to <c>maxLength</c> UTF-16
/// units, line breaks and tabs allowed but no other control characters and no lone surrogates, so that it
/// is safe in JSON, exports and UIs.
/// </summary>
public static class FeedbackText
{
    public const int MaxBodyLength = 4000;
    public const int MaxReasonLength = 2000;

    /// <summary>The trimmed text, or null (with <paramref name="error"/> saying why) when it breaks the rules.</summary>
    public static string? Normalize(string? value, int maxLength, out string error)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            error = "is required.";
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            error = $"must be at most {maxLength} characters.";
            return null;
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                error = "must not contain control characters.";
                return null;
            }

            if (char.IsHighSurrogate(c) && i + 1 < trimmed.Length && char.IsLowSurrogate(trimmed[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                error = "must be valid Unicode text.";
                return null;
            }
        }

        error = string.Empty;
        return trimmed;
    }
}
