using System.Net;

namespace LessonStudy.Server.Features.Health;

/// <summary>
/// Who may scrape <c>/metrics</c>: it carries no user data but tells how busy the server is, so it is
/// anonymous only for scrapers on the same machine (loopback: a Prometheus agent or sidecar beside the
/// server). <c>Metrics:AllowRemote=true</c> opens it to every address, for deployments where the port is
/// reachable from a private monitoring network only. Anyone else gets 404.
/// </summary>
public sealed class MetricsAccess(bool allowRemote)
{
    public const string AllowRemoteKey = "Metrics:AllowRemote";

    public bool Allows(HttpContext context) =>
        allowRemote || context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);

    public void Guard(IApplicationBuilder branch) =>
        branch.Use(next => context =>
        {
            if (Allows(context))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
}
