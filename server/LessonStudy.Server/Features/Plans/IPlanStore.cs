namespace LessonStudy.Server.Features.Plans;

/// <summary>Groups and plans in blob storage (ETag-guarded). IDs must be valid (<c>ResourceId.IsValid</c>).</summary>
public interface IPlanStore
{
    Task<GroupRecord> CreateGroupAsync(GroupRecord group, CancellationToken cancellationToken);

    Task<GroupRecord?> GetGroupAsync(string groupId, CancellationToken cancellationToken);

    /// <summary>Read-modify-write with retries on ETag conflicts; null when the group does not exist.</summary>
    Task<GroupRecord?> UpdateGroupAsync(string groupId, Func<GroupRecord, GroupRecord> change, CancellationToken cancellationToken);

    IAsyncEnumerable<GroupRecord> ListGroupsAsync(CancellationToken cancellationToken);

    Task<PlanRecord> CreatePlanAsync(PlanRecord plan, CancellationToken cancellationToken);

    Task<PlanRecord?> GetPlanAsync(string planId, CancellationToken cancellationToken);

    /// <summary>The plan that owns <paramref name="documentId"/>, or null for a plain document.</summary>
    Task<string?> FindPlanIdByDocumentAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>
    /// Read-modify-write with retries on ETag conflicts; the change may throw to abort (nothing written).
    /// Null when the plan does not exist.
    /// </summary>
    Task<PlanRecord?> UpdatePlanAsync(string planId, Func<PlanRecord, PlanRecord> change, CancellationToken cancellationToken);

    IAsyncEnumerable<PlanRecord> ListPlansAsync(string groupId, CancellationToken cancellationToken);

    /// <summary>Every plan in 定稿, of all groups (the 优秀教案库).</summary>
    IAsyncEnumerable<PlanRecord> ListFinalPlansAsync(CancellationToken cancellationToken);
}
