namespace LessonStudy.Server.Features.Plans;

internal static partial class PlansLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Debug, Message = "Plan blob {BlobName} changed under write attempt {Attempt}; retrying")]
    public static partial void WriteConflict(ILogger logger, string blobName, int attempt);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Group {GroupId} created by user {UserId}")]
    public static partial void GroupCreated(ILogger logger, string groupId, string userId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Group {GroupId}: user {MemberId} set to {Role} by {UserId}")]
    public static partial void MemberSet(ILogger logger, string groupId, string memberId, string role, string userId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Plan {PlanId} created in group {GroupId} by user {UserId} (document {DocumentId})")]
    public static partial void PlanCreated(ILogger logger, string planId, string groupId, string userId, string documentId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Plan {PlanId} moved from {From} to {To} (round {Round}) by user {UserId}, version {VersionId}")]
    public static partial void Transitioned(ILogger logger, string planId, PlanStage from, PlanStage to, int round, string userId, string versionId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Publishing the {Kind} event of plan {PlanId} failed; connected clients see it on their next fetch")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string kind, string planId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Plan {PlanId}: observer {ObserverId} invited by user {UserId}")]
    public static partial void ObserverInvited(ILogger logger, string planId, string observerId, string userId);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Plans {PlanId} and {OtherPlanId} linked (同课异构) by user {UserId}")]
    public static partial void PlansLinked(ILogger logger, string planId, string otherPlanId, string userId);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "Version {VersionId} of plan {PlanId} was frozen for a transition that did not happen and could not be removed")]
    public static partial void OrphanVersionLeft(ILogger logger, Exception exception, string versionId, string planId);
}
