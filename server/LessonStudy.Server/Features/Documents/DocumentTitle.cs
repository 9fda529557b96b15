using LessonStudy.Server.Features.Access;

namespace LessonStudy.Server.Features.Documents;

/// <summary>Document titles: trimmed, at most <see cref="MaxLength"/> characters, <see cref="Default"/> when empty.</summary>
public static class DocumentTitle
{
    public const int MaxLength = 200;
    public const string Default = "未命名文档";

    /// <summary>The title to store, or null (with <paramref name="error"/>) when it breaks the rules.</summary>
    public static string? Normalize(string? title, out string error)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            error = string.Empty;
            return Default;
        }

        var normalized = UserText.Normalize(title, MaxLength, out var reason);
        error = normalized is null ? $"title {reason}" : string.Empty;
        return normalized;
    }
}
