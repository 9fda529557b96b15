using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// Every few seconds: drops stale awareness states, retries persists that failed, unloads quiet rooms
/// so memory stays bounded however many plans exist. On shutdown, closes every room after its queue
/// is persisted.
/// </summary>
internal sealed class RoomJanitor(RoomRegistry registry, IOptions<CollaborationOptions> options, TimeProvider time, ILogger<RoomJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.JanitorInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await registry.SweepAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // One bad pass must not stop the janitor (nor, by default, the host).
                    CollaborationLog.SweepFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await registry.CloseAllAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
