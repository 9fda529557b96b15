namespace LessonStudy.Contracts.LessonStudy;

/// <summary>A 定稿 plan in the school's 优秀教案库.</summary>
public sealed record LibraryEntryDto(
    string PlanId,
    string GroupId,
    string GroupName,
    string School,
    string Title,
    string Subject,
    string Grade,
    string Lesson,
    PlanPersonDto Teacher,
    string VersionId,
    DateTimeOffset FinalizedAt);

/// <summary>A 定稿 plan with its final text (the 定稿 version's Markdown).</summary>
public sealed record LibraryPlanDto(LibraryEntryDto Entry, string Markdown);

public static class LibraryRoutes
{
    public const string Library = "/api/library";

    /// <summary>Search: every parameter optional; <paramref name="q"/> words must all appear in the 课题 or the text.</summary>
    public static string Search(string? subject = null, string? grade = null, string? q = null)
    {
        var query = new List<string>();
        Add("subject", subject);
        Add("grade", grade);
        Add("q", q);
        return query.Count == 0 ? Library : $"{Library}?{string.Join('&', query)}";

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
    }

    public static string Plan(string planId) => $"{Library}/{Uri.EscapeDataString(planId)}";
}
