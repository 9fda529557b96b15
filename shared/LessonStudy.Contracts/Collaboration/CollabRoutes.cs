namespace LessonStudy.Contracts.Collaboration;

/// <summary>Where the collaboration hub lives, and the names of its methods on the wire.</summary>
public static class CollabRoutes
{
    /// <summary>The hub path (DESIGN.md, collaboration hub contract).</summary>
    public const string HubPath = "/hubs/collab";

    public const string JoinDocument = nameof(ICollabHub.JoinDocument);
    public const string SendMessage = nameof(ICollabHub.SendMessage);
    public const string LeaveDocument = nameof(ICollabHub.LeaveDocument);
    public const string ReceiveMessage = nameof(ICollabClient.ReceiveMessage);
    public const string RightsChanged = nameof(ICollabClient.RightsChanged);
    public const string PlanEvent = nameof(ICollabClient.PlanEvent);
}
