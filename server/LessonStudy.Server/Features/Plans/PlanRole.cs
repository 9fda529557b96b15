using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Features.Plans;

/// <summary>The roles one user holds on one plan; several at once are common.</summary>
[Flags]
public enum PlanRole
{
    None = 0,
    Teacher = 1,
    Member = 2,
    Leader = 4,
    Observer = 8,
    Admin = 16,
}

public static class PlanRoleNames
{
    public static IReadOnlyList<string> ToWire(this PlanRole roles)
    {
        var names = new List<string>();
        if (roles.HasFlag(PlanRole.Teacher))
        {
            names.Add(PlanRoles.Teacher);
        }

        if (roles.HasFlag(PlanRole.Leader))
        {
            names.Add(PlanRoles.Leader);
        }

        if (roles.HasFlag(PlanRole.Member))
        {
            names.Add(PlanRoles.Member);
        }

        if (roles.HasFlag(PlanRole.Observer))
        {
            names.Add(PlanRoles.Observer);
        }

        if (roles.HasFlag(PlanRole.Admin))
        {
            names.Add(PlanRoles.Admin);
        }

        return names;
    }
}
