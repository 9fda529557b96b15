namespace LessonStudy.Server.Features.Plans;

/// <summary>Configuration section <c>LessonStudy</c>: who the school's 管理员 are.</summary>
public sealed class PlansOptions
{
    public const string Section = "LessonStudy";

    /// <summary>User IDs (as sign-in gives them) that hold the admin role on every group and plan.</summary>
    public IReadOnlyList<string> AdminUserIds { get; set; } = [];

    public bool IsAdmin(string userId) => AdminUserIds.Contains(userId, StringComparer.Ordinal);
}
