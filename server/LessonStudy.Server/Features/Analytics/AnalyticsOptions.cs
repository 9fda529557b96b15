namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// Keys of the "LessonStudy" section that analytics and exports read: the school's 管理员 (the same list the
/// plans feature reads) and how many lessons a teacher is expected to observe per semester.
/// </summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "LessonStudy";

    public IReadOnlyList<string> AdminUserIds { get; set; } = [];

    /// <summary>Lessons observed per semester that the 成长记录袋 counts against (default 10).</summary>
    public int ObservationQuotaPerSemester { get; set; } = 10;

    public bool IsAdmin(string userId) => AdminUserIds.Contains(userId, StringComparer.Ordinal);
}
