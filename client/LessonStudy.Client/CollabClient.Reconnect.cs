using LessonStudy.Client.Connection;

namespace LessonStudy.Client;

/// <summary>
/// The connection loop. SignalR's own automatic reconnect keeps the address and gives up after a
/// few tries; ours builds a fresh connection each time (so a server that came back on another
/// address is found) and never gives up until disposed.
/// </summary>
public sealed partial class CollabClient
{
    private async Task<LiveConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var live = HubConnectionFactory.Create(options, OnMessage, OnRights);
        try
        {
            await live.Hub.StartAsync(cancellationToken).ConfigureAwait(false);
            return live;
        }
        catch
        {
            await live.Hub.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void OnConnected(LiveConnection live)
    {
        lock (gate)
        {
            current = live;
            connected.TrySetResult(live);
        }

        SetState(CollabConnectionState.Connected);
        ClientLog.Connected(logger, live.Hub.ConnectionId);
        foreach (var session in sessions.Values)
        {
            _ = session.ResumeAsync(live);
        }
    }

    private async Task RunAsync(LiveConnection live)
    {
        while (true)
        {
            var error = await live.Closed.ConfigureAwait(false);
            lock (gate)
            {
                current = null;
                connected = new TaskCompletionSource<LiveConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            foreach (var session in sessions.Values)
            {
                session.Detach(live);
            }

            await live.Hub.DisposeAsync().ConfigureAwait(false);
            if (disposing.IsCancellationRequested)
            {
                return;
            }

            SetState(CollabConnectionState.Reconnecting);
            ClientLog.ConnectionLost(logger, error);
            var next = await ReconnectAsync().ConfigureAwait(false);
            if (next is null)
            {
                return;
            }

            live = next;
            OnConnected(live);
        }
    }

    /// <summary>Tries until connected (the new connection) or disposed (null).</summary>
    private async Task<LiveConnection?> ReconnectAsync()
    {
        var delays = options.ReconnectDelays.Count > 0 ? options.ReconnectDelays : [TimeSpan.FromSeconds(1)];
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await Task.Delay(delays[Math.Min(attempt, delays.Count - 1)], options.TimeProvider, disposing.Token).ConfigureAwait(false);
                var live = await OpenAsync(disposing.Token).ConfigureAwait(false);
                if (disposing.IsCancellationRequested)
                {
                    await live.Hub.DisposeAsync().ConfigureAwait(false);
                    return null;
                }

                return live;
            }
            catch (OperationCanceledException) when (disposing.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                ClientLog.ReconnectFailed(logger, attempt + 1, ex);
            }
        }
    }

    private Task<LiveConnection> WhenConnectedAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return connected.Task.WaitAsync(cancellationToken);
        }
    }
}
