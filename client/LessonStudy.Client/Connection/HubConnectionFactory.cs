using LessonStudy.Contracts.Collaboration;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Client.Connection;

/// <summary>Builds the hub connection: MessagePack protocol, bearer token, the two server → client handlers.</summary>
internal static class HubConnectionFactory
{
    public static LiveConnection Create(CollabClientOptions options, Action<LiveConnection, string, byte[]> onMessage, Action<LiveConnection, JoinResult> onRights)
    {
        var url = new Uri(options.ServerAddress(), CollabRoutes.HubPath);
        var builder = new HubConnectionBuilder()
            .WithUrl(url, options.Transports, http => http.AccessTokenProvider = options.AccessTokenProvider)
            .AddMessagePackProtocol();
        if (options.LoggerFactory is { } loggerFactory)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        var live = new LiveConnection(builder.Build());

        // Handlers are synchronous on purpose: SignalR runs them in arrival order, and the order of
        // frames for a document matters (a step 2 must not overtake the step 1 before it).
        live.Hub.On<string, byte[]>(CollabRoutes.ReceiveMessage, (documentId, frame) => onMessage(live, documentId, frame));
        live.Hub.On<JoinResult>(CollabRoutes.RightsChanged, rights => onRights(live, rights));
        return live;
    }
}
