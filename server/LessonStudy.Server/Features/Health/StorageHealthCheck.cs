using LessonStudy.Server.Features.Persistence.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LessonStudy.Server.Features.Health;

/// <summary>Ready only while the blob store answers: without storage no edit can be acknowledged.</summary>
public sealed class StorageHealthCheck(IBlobStore store, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await store.CheckReadyAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("storage reachable");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            HealthLog.StorageNotReady(logger, null);
            return HealthCheckResult.Unhealthy($"storage did not answer within {Timeout.TotalSeconds:0} s");
        }
#pragma warning disable CA1031 // Any failure of the store means "not ready"; the details go to the log only.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            HealthLog.StorageNotReady(logger, ex);
            return HealthCheckResult.Unhealthy("storage unreachable");
        }
    }
}
