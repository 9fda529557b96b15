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
    /// The hub's per-connection rate limit refuses a frame without applying it and asks for it to be
    /// sent again; such a refusal is a "later", not a "no".
    /// </summary>
    public static bool IsThrottled(Exception? error) =>
        Unwrap(error) is HubException hub && hub.Message.StartsWith("Too many messages", StringComparison.Ordinal);

    public static Exception? Unwrap(Exception? error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : error;
}
