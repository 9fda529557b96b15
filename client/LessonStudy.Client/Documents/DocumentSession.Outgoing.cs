using System.Runtime.ExceptionServices;
using LessonStudy.Client.Connection;
using LessonStudy.Client.Frames;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Sync;
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
    /// <summary>How long a frame the hub asked for again waits (its rate budget refills continuously).</summary>
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(500);

    private const int MaxAwarenessRetries = 5;

    private readonly UnacknowledgedUpdates unacknowledged = new();
    private readonly List<Exception> rejections = [];
    private TaskCompletionSource settledSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Raised for each local update the server acknowledged, with the time since the edit made it.</summary>
    public event Action<TimeSpan>? UpdateAcknowledged;

    /// <summary>A one-line account of the session's sync state, for diagnostics (no document content).</summary>
    public string DescribeState()
    {
        lock (gate)
        {
            return $"document {DocumentId}: {unacknowledged.Count} unacknowledged, {rejections.Count} refusals pending, joined {attached is { IsClosed: false }}, synced {synced}";
        }
    }

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
    private void Send(LiveConnection live, byte[] frame, UnacknowledgedUpdate[]? carries, int attempt = 0)
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

        _ = ObserveSendAsync(send, frame, carries, attempt);
    }

    private async Task ObserveSendAsync(Task send, byte[] frame, UnacknowledgedUpdate[]? carries, int attempt)
    {
        // Always yield: the send may have failed synchronously while the caller holds the lock.
        await send.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        var now = time.GetTimestamp();
        var again = false;
        lock (gate)
        {
            var error = SendFailures.Unwrap(send.Exception);
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
            else if (SendFailures.IsRetryable(error) || (SendFailures.IsAwarenessStillOwned(error) && attempt < MaxAwarenessRetries))
            {
                again = true;
            }
            else if (SendFailures.IsRejection(error))
            {
                ClientLog.Rejected(logger, DocumentId, error!.Message);
                foreach (var update in carries ?? [])
                {
                    unacknowledged.Remove(update);
                }

                // Only a refused change is the caller's business; a refused presence frame is not data.
                if (carries is not null || ProtocolMessage.ModifiesDocument(frame))
                {
                    rejections.Add(error);
                }
            }
            else
            {
                // Cut off with the connection: the updates stay and go again after the reconnect.
                ClientLog.SendInterrupted(logger, DocumentId, error);
            }

            PulseSettled();
        }

        if (again)
        {
            await ResendLaterAsync(frame, carries, attempt + 1).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends a frame the hub asked to get again after a pause, on whatever connection we are joined on
    /// by then (a reconnect in between resyncs and resends anyway). For updates, only those still
    /// unacknowledged go.
    /// </summary>
    private async Task ResendLaterAsync(byte[] frame, UnacknowledgedUpdate[]? carries, int attempt)
    {
        ClientLog.SendingAgain(logger, DocumentId, attempt);
        await Task.Delay(RetryPause, time).ConfigureAwait(false);
        lock (gate)
        {
            if (closed || attached is not { IsClosed: false } live)
            {
                return;
            }

            if (carries is null)
            {
                Send(live, frame, null, attempt);
                return;
            }

            var still = carries.Where(unacknowledged.Contains).ToArray();
            if (still.Length > 0)
            {
                var merged = still.Length == 1 ? still[0].Update : EncodedUpdates.MergeUpdates([.. still.Select(u => (ReadOnlyMemory<byte>)u.Update)]);
                Send(live, HubFrames.Update(merged), still, attempt);
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
