using System.Runtime.ExceptionServices;
using LessonStudy.Client.Connection;
using LessonStudy.Client.Frames;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Updates;
using Microsoft.AspNetCore.SignalR.Client;

namespace LessonStudy.Client.Documents;

/// <summary>
/// Local updates on their way to durable storage. Every local update is kept until a
/// <c>SendMessage</c> carrying it completes — completion is the server's acknowledgement that it is
/// durable. A send cut off by a dropped connection leaves it waiting; it is sent again on the next
/// connection. A send the server refuses drops it and is reported by <see cref="WhenSavedAsync"/>.
/// </summary>
public sealed partial class DocumentSession
{
    /// <summary>How long a throttled send waits before it goes again (the hub refills its budget continuously).</summary>
    private static readonly TimeSpan ThrottleBackoff = TimeSpan.FromMilliseconds(500);

    private readonly UnacknowledgedUpdates unacknowledged = new();
    private readonly List<Exception> rejections = [];
    private TaskCompletionSource settledSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Raised for each local update the server acknowledged, with the time since the edit made it.</summary>
    public event Action<TimeSpan>? UpdateAcknowledged;

    /// <summary>True while some local edit is not yet durable on the server.</summary>
    public bool HasUnacknowledgedChanges
    {
        get
        {
            lock (gate)
            {
                return unacknowledged.Count > 0;
            }
        }
    }

    /// <summary>
    /// Waits until every local edit made so far is durable on the server (across reconnects).
    /// Throws the server's <see cref="Microsoft.AspNetCore.SignalR.HubException"/> if it refused a
    /// message since the last call (e.g. an edit without edit rights); the refusal is reported once.
    /// </summary>
    public async Task WhenSavedAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task settled;
            lock (gate)
            {
                if (rejections.Count > 0)
                {
                    var first = rejections[0];
                    rejections.Clear();
                    ExceptionDispatchInfo.Throw(first);
                }

                if (unacknowledged.Count == 0)
                {
                    return;
                }

                ObjectDisposedException.ThrowIf(closed, this);
                settled = settledSignal.Task;
            }

            await settled.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void OnDocumentUpdate(byte[] update, object? origin, Transaction transaction)
    {
        if (ReferenceEquals(origin, remoteOrigin))
        {
            return;
        }

        // Reentrant: Edit already holds the lock; a caller that transacted on the Doc directly does not.
        lock (gate)
        {
            var entry = unacknowledged.Add(update, time.GetTimestamp());
            if (attached is { IsClosed: false } live)
            {
                Send(live, HubFrames.Update(update), [entry]);
            }
        }
    }

    /// <summary>Sends one frame; <paramref name="carries"/> are the unacknowledged updates its completion acknowledges.</summary>
    private void Send(LiveConnection live, byte[] frame, UnacknowledgedUpdate[]? carries)
    {
        Task send;
        try
        {
            send = live.Hub.InvokeAsync(CollabRoutes.SendMessage, DocumentId, frame, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            send = Task.FromException(ex);
        }

        _ = ObserveSendAsync(send, frame, carries);
    }

    private async Task ObserveSendAsync(Task send, byte[] frame, UnacknowledgedUpdate[]? carries)
    {
        // Always yield: the send may have failed synchronously while the caller holds the lock.
        await send.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        var now = time.GetTimestamp();
        var throttled = false;
        lock (gate)
        {
            if (send.IsCompletedSuccessfully)
            {
                foreach (var update in carries ?? [])
                {
                    if (unacknowledged.Remove(update))
                    {
                        UpdateAcknowledged?.Invoke(time.GetElapsedTime(update.Timestamp, now));
                    }
                }
            }
            else if (SendFailures.IsThrottled(send.Exception))
            {
                throttled = true;
            }
            else if (SendFailures.IsRejection(send.Exception))
            {
                var error = SendFailures.Unwrap(send.Exception)!;
                ClientLog.Rejected(logger, DocumentId, error.Message);
                foreach (var update in carries ?? [])
                {
                    unacknowledged.Remove(update);
                }

                rejections.Add(error);
            }
            else
            {
                // Cut off with the connection: the updates stay and go again after the reconnect.
                ClientLog.SendInterrupted(logger, DocumentId, SendFailures.Unwrap(send.Exception));
            }

            PulseSettled();
        }

        if (throttled)
        {
            await ResendLaterAsync(frame, carries).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends a throttled frame again after a pause, on whatever connection we are joined on by then
    /// (a reconnect in between resyncs and resends anyway). For updates, only those still unacknowledged go.
    /// </summary>
    private async Task ResendLaterAsync(byte[] frame, UnacknowledgedUpdate[]? carries)
    {
        ClientLog.Throttled(logger, DocumentId);
        await Task.Delay(ThrottleBackoff, time).ConfigureAwait(false);
        lock (gate)
        {
            if (closed || attached is not { IsClosed: false } live)
            {
                return;
            }

            if (carries is null)
            {
                Send(live, frame, null);
                return;
            }

            var still = carries.Where(unacknowledged.Contains).ToArray();
            if (still.Length > 0)
            {
                var merged = still.Length == 1 ? still[0].Update : EncodedUpdates.MergeUpdates([.. still.Select(u => (ReadOnlyMemory<byte>)u.Update)]);
                Send(live, HubFrames.Update(merged), still);
            }
        }
    }

    private void PulseSettled()
    {
        var settled = settledSignal;
        settledSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        settled.TrySetResult();
    }
}
