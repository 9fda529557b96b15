using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.Logging;

namespace LessonStudy.Client;

/// <summary>How a <see cref="CollabClient"/> reaches the server and how it behaves when the connection drops.</summary>
public sealed class CollabClientOptions
{
    /// <summary>
    /// The server's base address (the hub path is appended). A function rather than a value so that a
    /// client can follow a server that came back elsewhere: it is asked again before every reconnect.
    /// </summary>
    public required Func<Uri> ServerAddress { get; init; }

    /// <summary>Returns the bearer token for each (re)connect; the token is never logged.</summary>
    public Func<Task<string?>>? AccessTokenProvider { get; init; }

    /// <summary>Waits between reconnect attempts; the last one repeats until the client is disposed.</summary>
    public IReadOnlyList<TimeSpan> ReconnectDelays { get; init; } =
    [
        TimeSpan.Zero,
        TimeSpan.FromMilliseconds(250),
        TimeSpan.FromMilliseconds(500),
        TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(2),
        TimeSpan.FromSeconds(5),
    ];

    /// <summary>How often awareness renews our state and drops stale remote ones (y-protocols: 3 s).</summary>
    public TimeSpan AwarenessCheckInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Transports SignalR may use; all of them (negotiated) by default.</summary>
    public HttpTransportType Transports { get; init; } = HttpTransportType.WebSockets | HttpTransportType.ServerSentEvents | HttpTransportType.LongPolling;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>A client for one fixed address with a fixed token.</summary>
    public static CollabClientOptions For(Uri serverAddress, string token)
    {
        ArgumentNullException.ThrowIfNull(serverAddress);
        return new CollabClientOptions
        {
            ServerAddress = () => serverAddress,
            AccessTokenProvider = () => Task.FromResult<string?>(token),
        };
    }
}
