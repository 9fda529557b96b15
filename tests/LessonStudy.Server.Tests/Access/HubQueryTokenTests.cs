using System.Net;
using System.Net.WebSockets;
using LessonStudy.Contracts.Access;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.TestKit.Server;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LessonStudy.Server.Tests.Access;

/// <summary>The <c>access_token</c> query parameter: accepted on the hub path only, and never logged.</summary>
public sealed class HubQueryTokenTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Negotiate_TokenInQuery_Authorized()
    {
        var token = await fixture.Server.GetTokenAsync("query-user");

        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(fixture.Server, token));
    }

    [Fact]
    public async Task Negotiate_NoToken_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateAsync(fixture.Server, null));

    [Fact]
    public async Task Negotiate_GarbageTokenInQuery_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateAsync(fixture.Server, "not.a.token"));

    [Fact]
    public async Task WebSocket_TokenInQuery_Connects()
    {
        var token = await fixture.Server.GetTokenAsync("socket-user");

        using var socket = await OpenSocketAsync(fixture.Server, token);

        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task WebSocket_NoToken_Refused()
    {
        var error = await Assert.ThrowsAsync<WebSocketException>(() => OpenSocketAsync(fixture.Server, null));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_TokenInQuery_Returns401()
    {
        var token = await fixture.Server.GetTokenAsync("api-query-user");
        using var http = fixture.Server.CreateHttpClient();

        using var response = await http.GetAsync($"{AccessRoutes.Me}?access_token={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Hub_SignalRClientWithToken_Connects()
    {
        var token = await fixture.Server.GetTokenAsync("hub-user");
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Server.BaseAddress, CollabRoutes.HubPath), HttpTransportType.WebSockets,
                o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddMessagePackProtocol()
            .Build();
        using var timeout = new CancellationTokenSource(Timeout);

        await connection.StartAsync(timeout.Token);

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task Hub_TokenInQuery_NeverLogged()
    {
        var logs = new CapturedLogs();
        await using var server = await LoopbackServer.StartAsync(
            settings: new Dictionary<string, string?>
            {
                // Everything, as an operator chasing a problem might turn on (appsettings keeps ASP.NET Core at Warning).
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            },
            configure: builder => builder.Logging.AddProvider(logs));
        var token = await server.GetTokenAsync("logged-user");
        var signature = token[(token.LastIndexOf('.') + 1)..];

        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(server, token));
        using (var socket = await OpenSocketAsync(server, token))
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        var forged = token[..^6] + "AAAAAA";
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateAsync(server, forged));

        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, entry => entry.Contains(signature, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, entry => entry.Contains(forged[..^6], StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> NegotiateAsync(LoopbackServer server, string? token)
    {
        using var http = server.CreateHttpClient();
        var query = token is null ? "" : $"&access_token={Uri.EscapeDataString(token)}";
        using var response = await http.PostAsync($"{CollabRoutes.HubPath}/negotiate?negotiateVersion=1{query}", null);
        return response.StatusCode;
    }

    private static async Task<ClientWebSocket> OpenSocketAsync(LoopbackServer server, string? token)
    {
        var socket = new ClientWebSocket();
        var query = token is null ? "" : $"?access_token={Uri.EscapeDataString(token)}";
        var uri = new UriBuilder(new Uri(server.BaseAddress, CollabRoutes.HubPath + query)) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await socket.ConnectAsync(uri, timeout.Token);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
