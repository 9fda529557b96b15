using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Rendering;

/// <summary>
/// The display names of everyone a plan knows: its 执教教师, the group's people and invited observers.
/// Someone who has since left keeps being shown by user ID rather than disappearing from a comparison.
/// </summary>
public static class PlanPeople
{
    public static IReadOnlyDictionary<string, string> DisplayNames(PlanRecord plan, GroupRecord group)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var observer in plan.Observers)
        {
            names[observer.UserId] = observer.DisplayName;
        }

        foreach (var member in group.Members)
        {
            names[member.UserId] = member.DisplayName;
        }

        names[plan.TeacherId] = plan.TeacherName;
        return names;
    }

    public static string NameOf(IReadOnlyDictionary<string, string> names, string userId) =>
        names.TryGetValue(userId, out var name) && !string.IsNullOrWhiteSpace(name) ? name : userId;
}
