namespace LessonStudy.Server.Features.Access;

/// <summary>
/// Rules for short user-given text (user IDs, display names): trimmed, 1 to <c>maxLength</c> UTF-16
/// units, no control characters and no lone surrogates, so that the text is safe in JSON, logs and UIs.
/// Free text (comments, notes, reflections) uses the same rules with line breaks and tabs allowed.
/// </summary>
public static class UserText
{
    public const int MaxUserIdLength = 64;
    public const int MaxDisplayNameLength = 64;

    /// <summary>The trimmed text, or null (with <paramref name="error"/> saying why) when it breaks the rules.</summary>
    public static string? Normalize(string? value, int maxLength, out string error) =>
        Normalize(value, maxLength, allowLineBreaks: false, out error);

    /// <summary>As <see cref="Normalize(string?, int, out string)"/>; <paramref name="allowLineBreaks"/> also admits '\n', '\r' and '\t'.</summary>
    public static string? Normalize(string? value, int maxLength, bool allowLineBreaks, out string error)
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
            if (char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'))
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
