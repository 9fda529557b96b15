namespace LessonStudy.Contracts.LessonStudy;

/// <summary>Routes of comments, observations and reflections on a plan.</summary>
public static class FeedbackRoutes
{
    public static string Comments(string planId) => $"{PlanRoutes.Plan(planId)}/comments";

    public static string Comment(string planId, string commentId) => $"{Comments(planId)}/{Uri.EscapeDataString(commentId)}";

    public static string Replies(string planId, string commentId) => $"{Comment(planId, commentId)}/replies";

    public static string Reply(string planId, string commentId, string replyId) => $"{Replies(planId, commentId)}/{Uri.EscapeDataString(replyId)}";

    public static string Resolution(string planId, string commentId) => $"{Comment(planId, commentId)}/resolution";

    public static string Disposition(string planId, string commentId) => $"{Comment(planId, commentId)}/disposition";

    public static string Observations(string planId) => $"{PlanRoutes.Plan(planId)}/observations";

    public static string MyObservation(string planId) => $"{Observations(planId)}/mine";

    public static string LessonStart(string planId) => $"{MyObservation(planId)}/start";

    public static string Notes(string planId) => $"{MyObservation(planId)}/notes";

    public static string Note(string planId, string noteId) => $"{Notes(planId)}/{Uri.EscapeDataString(noteId)}";

    public static string Summary(string planId) => $"{MyObservation(planId)}/summary";

    public static string ObservationCount(string userId, string semester) =>
        $"/api/users/{Uri.EscapeDataString(userId)}/observations/count?semester={Uri.EscapeDataString(semester)}";

    public static string Reflection(string planId, int round) => $"{PlanRoutes.Plan(planId)}/reflections/{round}";

    public static string RoundSummary(string planId, int round) => $"{PlanRoutes.Plan(planId)}/rounds/{round}/summary";
}
