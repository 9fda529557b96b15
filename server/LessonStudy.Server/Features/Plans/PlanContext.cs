namespace LessonStudy.Server.Features.Plans;

/// <summary>A plan as one user sees it right now: the records and the roles that user holds on it.</summary>
public sealed record PlanContext(PlanRecord Plan, GroupRecord Group, PlanRole Roles)
{
    public PlanStage Stage => Plan.Stage;

    public bool CanRead => StageRules.CanRead(Roles);

    public bool CanEdit => StageRules.CanEdit(Roles, Plan.Stage);

    public bool CanComment => StageRules.CanComment(Roles, Plan.Stage);

    public bool CanDispose => StageRules.CanDispose(Roles, Plan.Stage);

    public bool CanObserve => StageRules.CanObserve(Roles, Plan.Stage);

    public bool CanSummarize => StageRules.CanSummarize(Roles, Plan.Stage);

    public bool CanReflect => StageRules.CanReflect(Roles, Plan.Stage);

    /// <summary>The roles a user holds: teacher of the plan, leader/member of its group, invited observer, admin.</summary>
    public static PlanRole RolesOf(string userId, PlanRecord plan, GroupRecord group, bool isAdmin)
    {
        var roles = PlanRole.None;
        if (plan.TeacherId == userId)
        {
            roles |= PlanRole.Teacher;
        }

        if (group.Find(userId) is { } member)
        {
            roles |= member.Role;
        }

        if (plan.Observers.Any(o => o.UserId == userId))
        {
            roles |= PlanRole.Observer;
        }

        if (isAdmin)
        {
            roles |= PlanRole.Admin;
        }

        return roles;
    }
}
