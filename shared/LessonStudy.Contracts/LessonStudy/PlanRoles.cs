namespace LessonStudy.Contracts.LessonStudy;

/// <summary>Roles on the wire. A user may hold several on one plan (a 备课组长 who also teaches it).</summary>
public static class PlanRoles
{
    /// <summary>执教教师: the plan's executing teacher and author.</summary>
    public const string Teacher = "teacher";

    /// <summary>组员: a member of the plan's 备课组.</summary>
    public const string Member = "member";

    /// <summary>备课组长: a leader of the plan's 备课组.</summary>
    public const string Leader = "leader";

    /// <summary>观课教师: invited to the plan, possibly from outside the group.</summary>
    public const string Observer = "observer";

    /// <summary>管理员: school admin; reads everything, sees analytics.</summary>
    public const string Admin = "admin";

    /// <summary>Roles a 备课组 member can hold in the group itself.</summary>
    public static readonly IReadOnlyList<string> GroupRoles = [Leader, Member];
}
