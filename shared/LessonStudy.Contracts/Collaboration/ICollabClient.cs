using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Contracts.Collaboration;

/// <summary>Server → client methods of the collaboration hub.</summary>
public interface ICollabClient
{
    /// <summary>One y-protocols frame for an open document, framed like <see cref="ICollabHub.SendMessage"/>.</summary>
    Task ReceiveMessage(string documentId, byte[] message);

    /// <summary>The caller's rights on an open document changed (sharing, or a stage change).</summary>
    Task RightsChanged(JoinResult rights);

    /// <summary>A lesson-plan domain event for an open document (stage, comment, version …).</summary>
    Task PlanEvent(PlanEventDto planEvent);
}
