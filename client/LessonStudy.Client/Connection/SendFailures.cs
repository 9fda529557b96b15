using Microsoft.AspNetCore.SignalR;

namespace LessonStudy.Client.Connection;

/// <summary>Tells a server's "no" from a connection that went away while a send was in flight.</summary>
internal static class SendFailures
{
    /// <summary>
    /// A <see cref="HubException"/> carries the hub's refusal. The one exception the SignalR client
    /// raises itself with that type is the close message of a connection the server ended with an
    /// error; outstanding invocations fail with it, and they were not refused, only cut off.
    /// </summary>
    public static bool IsRejection(Exception? error) =>
        Unwrap(error) is HubException hub && !hub.Message.StartsWith("The server closed the connection", StringComparison.Ordinal);

    /// <summary>
    /// Refusals that mean "later", not "no" (docs/protocol.md, Errors): the per-connection rate limit,
    /// and a storage failure during the commit. The frame was not acknowledged; send it again.
    /// </summary>
    public static bool IsRetryable(Exception? error) =>
        Unwrap(error) is HubException hub
        && (hub.Message.StartsWith("Too many messages", StringComparison.Ordinal)
            || hub.Message.StartsWith("The change could not be saved to storage", StringComparison.Ordinal));

    /// <summary>
    /// After a quick reconnect to the same server, our awareness client ID can still belong to the old
    /// connection until the server has processed its drop; a moment later it is free again.
    /// </summary>
    public static bool IsAwarenessStillOwned(Exception? error) =>
        Unwrap(error) is HubException hub && hub.Message.StartsWith("Awareness client", StringComparison.Ordinal);

    public static Exception? Unwrap(Exception? error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : error;
}
