using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// What every feedback change does once its record is stored: one event on the analysis stream
/// (<see cref="IRecordLog"/>) and one <see cref="PlanEventDto"/> to the connections that have the plan's
/// document open, so their comment panes refetch at once. Neither failing undoes the stored change (the
/// client would retry and duplicate it); both failures are logged.
/// </summary>
public sealed class FeedbackEvents(IRecordLog records, IPlanEventPublisher publisher, ILogger<FeedbackEvents> logger)
{
    public async Task ChangedAsync(
        PlanContext context, string userId, string recordKind, string planEventKind, string subjectId, int round, object data, CancellationToken cancellationToken)
    {
        var plan = context.Plan;
        var stage = plan.Stage.ToWire();
        FeedbackLog.Changed(logger, recordKind, subjectId, plan.Id, userId);
        try
        {
            await records.AppendAsync(records.Create(recordKind, userId, plan.GroupId, plan.Id, round, stage, data), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            FeedbackLog.RecordAppendFailed(logger, ex, recordKind, plan.Id);
        }

        try
        {
            await publisher.PublishAsync(new PlanEventDto(plan.Id, plan.DocumentId, planEventKind, subjectId, stage, plan.Round), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            FeedbackLog.PublishFailed(logger, ex, planEventKind, plan.Id);
        }
    }
}
