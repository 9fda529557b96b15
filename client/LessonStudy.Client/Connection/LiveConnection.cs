using Microsoft.AspNetCore.SignalR.Client;

namespace LessonStudy.Client.Connection;

/// <summary>
/// One started hub connection and a task that completes when it closes. The client never reuses a
/// closed connection: a reconnect builds a new one (possibly to a new address), so everything bound to
/// a connection — joined documents, in-flight sends — is bound to one <see cref="LiveConnection"/>.
/// </summary>
internal sealed class LiveConnection
{
    private readonly TaskCompletionSource<Exception?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveConnection(HubConnection hub)
    {
        Hub = hub;
        hub.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    public HubConnection Hub { get; }

    /// <summary>Completes (with the error, if any) when the connection has closed.</summary>
    public Task<Exception?> Closed => closed.Task;

    public bool IsClosed => closed.Task.IsCompleted;
}
