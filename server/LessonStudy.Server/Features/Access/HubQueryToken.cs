using LessonStudy.Contracts.Collaboration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Net.Http.Headers;

namespace LessonStudy.Server.Features.Access;

/// <summary>
/// Browsers cannot set headers on WebSocket and server-sent-event requests, so SignalR sends the token
/// as the <c>access_token</c> query parameter. It is accepted on the hub path only: anywhere else a
/// token in a URL would end up in histories and proxy logs for no reason.
/// </summary>
public static class HubQueryToken
{
    public const string QueryParameter = "access_token";

    /// <summary>
    /// Wraps the current <see cref="JwtBearerEvents.OnMessageReceived"/> (Identity.Web installs its own:
    /// it is kept and called first) with the hub-path rule. The token is never logged.
    /// </summary>
    public static void Chain(JwtBearerEvents events)
    {
        var previous = events.OnMessageReceived;
        events.OnMessageReceived = async context =>
        {
            if (previous is not null)
            {
                await previous(context).ConfigureAwait(false);
            }

            // A handler before us may have decided already; an Authorization header wins over the URL.
            if (context.Token is not null || context.Result is not null
                || context.Request.Headers.ContainsKey(HeaderNames.Authorization)
                || !context.Request.Path.StartsWithSegments(CollabRoutes.HubPath, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var values = context.Request.Query[QueryParameter];
            if (values.Count == 1 && !string.IsNullOrEmpty(values[0]))
            {
                context.Token = values[0];
            }
        };
    }
}
