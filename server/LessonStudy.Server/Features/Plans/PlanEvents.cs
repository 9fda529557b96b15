using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Collaboration;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// Tells connected clients that a plan changed. The change is stored already, so a failed push is logged,
/// not reported: clients see it on their next fetch.
/// </summary>
public static class PlanEvents
{
    public static async Task PublishAsync(IPlanEventPublisher publisher, PlanRecord plan, string kind, string? subjectId, ILogger logger)
    {
        try
        {
            await publisher.PublishAsync(new PlanEventDto(plan.Id, plan.DocumentId, kind, subjectId, plan.Stage.ToWire(), plan.Round), CancellationToken.None)
                .ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Nothing a push failure does may undo or hide the stored change.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            PlansLog.PublishFailed(logger, ex, kind, plan.Id);
        }
    }
}
