using LessonStudy.Server.Features.Access;

namespace LessonStudy.Server.Features.Plans;

/// <summary>Limits of the text people give groups and plans (names, 课题 …); the rules are <see cref="UserText"/>'s.</summary>
public static class PlanText
{
    public const int MaxNameLength = 100;
    public const int MaxShortLength = 32;
    public const int MaxTitleLength = 200;

    /// <summary>Normalises <paramref name="value"/> into <paramref name="errors"/>' field <paramref name="field"/>; null when it breaks the rules.</summary>
    public static string? Check(string? value, int maxLength, string field, Dictionary<string, string[]> errors)
    {
        var text = UserText.Normalize(value, maxLength, out var error);
        if (text is null)
        {
            errors[field] = [$"{field} {error}"];
        }

        return text;
    }

    /// <summary>Like <see cref="Check"/>, but an absent value takes <paramref name="fallback"/>.</summary>
    public static string? CheckOr(string? value, string fallback, int maxLength, string field, Dictionary<string, string[]> errors) =>
        string.IsNullOrWhiteSpace(value) ? fallback : Check(value, maxLength, field, errors);
}
