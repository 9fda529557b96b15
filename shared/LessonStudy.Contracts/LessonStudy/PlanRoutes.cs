namespace LessonStudy.Contracts.LessonStudy;

public static class PlanRoutes
{
    public const string Groups = "/api/groups";
    public const string Plans = "/api/plans";

    public static string Group(string groupId) => $"{Groups}/{Uri.EscapeDataString(groupId)}";

    public static string GroupMember(string groupId, string userId) => $"{Group(groupId)}/members/{Uri.EscapeDataString(userId)}";

    public static string GroupPlans(string groupId) => $"{Group(groupId)}/plans";

    public static string Plan(string planId) => $"{Plans}/{Uri.EscapeDataString(planId)}";

    public static string Transitions(string planId) => $"{Plan(planId)}/transitions";

    public static string Observers(string planId) => $"{Plan(planId)}/observers";

    public static string Links(string planId) => $"{Plan(planId)}/links";
}
