using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using LessonStudy.Contracts.Access;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.Contracts.Documents;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace LessonStudy.Server.Tests.Access.Entra;

/// <summary>
/// The Entra path end to end and offline: tokens shaped like Entra's, signed by a local key that reaches
/// Identity.Web only through its own metadata options (<see cref="EntraServerFixture"/>).
/// </summary>
public sealed class EntraSignInTests(EntraServerFixture fixture) : IClassFixture<EntraServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private EntraTestTenant Tenant => fixture.Tenant;

    [Fact]
    public async Task Me_ValidEntraToken_ReturnsObjectIdAndName()
    {
        var oid = Guid.NewGuid().ToString();

        var (status, me) = await MeAsync(Tenant.Sign(Tenant.UserClaims(oid, "张老师")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(new MeResponse(oid, "张老师"), me);
        AssertNoNetwork();
    }

    [Fact]
    public async Task Me_AppIdUriAudienceOnV1Token_Returns200()
    {
        var claims = Tenant.UserClaims(Guid.NewGuid().ToString(), "v1");
        claims["aud"] = $"api://{Tenant.ClientId}";
        claims["ver"] = "1.0";

        Assert.Equal(HttpStatusCode.OK, (await MeAsync(Tenant.Sign(claims))).Status);
    }

    [Fact]
    public async Task Me_AppTokenWithRolesInsteadOfScp_Returns200()
    {
        var claims = Tenant.UserClaims(Guid.NewGuid().ToString(), "daemon");
        claims.Remove("scp");
        claims["roles"] = new[] { "Documents.Read.All" };

        Assert.Equal(HttpStatusCode.OK, (await MeAsync(Tenant.Sign(claims))).Status);
    }

    public static TheoryData<string> RejectedCases => new()
    {
        "wrong tenant", "issuer of another host", "issuer without tenant", "wrong audience", "expired",
        "not yet valid", "bad signature", "unknown key", "no scp or roles", "unsigned",
    };

    [Theory]
    [MemberData(nameof(RejectedCases))]
    public async Task Me_InvalidEntraToken_Returns401(string reason)
    {
        var token = Rejected(reason);

        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(token)).Status);
        AssertNoNetwork();
    }

    [Fact]
    public async Task Issuer_WrongTenant_CheckedAgainstLocalMetadataOnly()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(Rejected("wrong tenant"))).Status);

        // The tenant's metadata was read, and only from the in-process handler.
        Assert.Contains(fixture.Metadata.Served, u => u.AbsoluteUri == fixture.Metadata.ConfigurationUrl);
        Assert.Contains(fixture.Metadata.Served, u => u.AbsoluteUri == fixture.Metadata.KeysUrl);
        AssertNoNetwork();
    }

    [Fact]
    public async Task NetworkObserver_RealSocketRequest_IsSeen()
    {
        // The "no network" assertions are only worth something if the observer sees real requests.
        using var http = fixture.Server.CreateHttpClient();
        using var response = await http.GetAsync(AccessRoutes.AuthConfig);

        Assert.Contains(fixture.Network.RequestsTo(fixture.Server.BaseAddress.Host), u => u.AbsolutePath == AccessRoutes.AuthConfig);
    }

    [Fact]
    public async Task Hub_ValidEntraToken_Connects()
    {
        var token = Tenant.Sign(Tenant.UserClaims(Guid.NewGuid().ToString(), "hub"));
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Server.BaseAddress, CollabRoutes.HubPath), HttpTransportType.WebSockets,
                o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddMessagePackProtocol()
            .Build();
        using var timeout = new CancellationTokenSource(Timeout);

        await connection.StartAsync(timeout.Token);

        Assert.Equal(HubConnectionState.Connected, connection.State);
        AssertNoNetwork();
    }

    [Fact]
    public async Task Hub_InvalidEntraToken_Refused()
    {
        var token = Rejected("wrong audience");
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Server.BaseAddress, CollabRoutes.HubPath), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        using var timeout = new CancellationTokenSource(Timeout);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(timeout.Token));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Hub_TokenInQueryParameter_Accepted()
    {
        var token = Tenant.Sign(Tenant.UserClaims(Guid.NewGuid().ToString(), "query"));
        using var http = fixture.Server.CreateHttpClient();

        using var negotiate = await http.PostAsync($"{CollabRoutes.HubPath}/negotiate?negotiateVersion=1&access_token={token}", null);
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Timeout);
        var uri = new UriBuilder(new Uri(fixture.Server.BaseAddress, $"{CollabRoutes.HubPath}?access_token={token}")) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(uri, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    [Fact]
    public async Task Api_TokenInQueryParameter_Returns401()
    {
        var token = Tenant.Sign(Tenant.UserClaims(Guid.NewGuid().ToString(), "query"));
        using var http = fixture.Server.CreateHttpClient();

        using var me = await http.GetAsync($"{AccessRoutes.Me}?access_token={token}");
        using var documents = await http.GetAsync($"{DocumentRoutes.Documents}?access_token={token}");

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, documents.StatusCode);
    }

    [Fact]
    public async Task DevToken_EntraConfigured_RouteDoesNotExist()
    {
        var token = Tenant.Sign(Tenant.UserClaims(Guid.NewGuid().ToString(), "dev"));
        using var signedIn = fixture.Server.CreateHttpClient(token);
        using var anonymous = fixture.Server.CreateHttpClient();
        var request = new DevTokenRequest("mallory", "Mallory");

        using var asUser = await signedIn.PostAsJsonAsync(AccessRoutes.DevToken, request);
        using var asAnonymous = await anonymous.PostAsJsonAsync(AccessRoutes.DevToken, request);

        Assert.Equal(HttpStatusCode.NotFound, asUser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asAnonymous.StatusCode);
    }

    [Fact]
    public async Task AuthConfig_Entra_GivesClientIdAuthorityAndScopes()
    {
        using var http = fixture.Server.CreateHttpClient();

        var config = await http.GetFromJsonAsync<AuthConfigResponse>(AccessRoutes.AuthConfig);

        Assert.Equal(AuthModes.Entra, config!.Mode);
        Assert.Equal(Tenant.ClientId, config.ClientId);
        Assert.Equal($"{EntraTestTenant.Instance}{Tenant.TenantId}", config.Authority);
        Assert.Equal([$"api://{Tenant.ClientId}/access_as_user"], config.Scopes);
    }

    [Fact]
    public async Task Documents_EntraUser_CreatesAndSharesByObjectId()
    {
        var owner = Guid.NewGuid().ToString();
        var member = Guid.NewGuid().ToString();
        var ownerToken = Tenant.Sign(Tenant.UserClaims(owner, "owner"));
        var memberToken = Tenant.Sign(Tenant.UserClaims(member, "member"));

        var id = await fixture.Server.CreateDocumentAsync(ownerToken, "Entra");
        await fixture.Server.ShareAsync(ownerToken, id, member, canEdit: false);
        using var http = fixture.Server.CreateHttpClient(memberToken);
        var summary = await http.GetFromJsonAsync<DocumentSummary>($"{DocumentRoutes.Documents}/{id}");

        Assert.Equal(owner, summary!.OwnerId);
        Assert.False(summary.CanEdit);
    }

    private string Rejected(string reason)
    {
        var claims = Tenant.UserClaims(Guid.NewGuid().ToString(), reason);
        switch (reason)
        {
            case "wrong tenant":
                var otherTenant = Guid.NewGuid().ToString();
                claims["tid"] = otherTenant;
                claims["iss"] = EntraTestTenant.IssuerFor(otherTenant);
                return Tenant.Sign(claims);
            case "issuer of another host":
                claims["iss"] = $"https://login.evil.example/{Tenant.TenantId}/v2.0";
                return Tenant.Sign(claims);
            case "issuer without tenant":
                claims["iss"] = $"{EntraTestTenant.Instance}common/v2.0";
                return Tenant.Sign(claims);
            case "wrong audience":
                claims["aud"] = Guid.NewGuid().ToString();
                return Tenant.Sign(claims);
            case "expired":
                return Tenant.Sign(claims, DateTime.UtcNow.AddMinutes(-10));
            case "not yet valid":
                return Tenant.Sign(claims, DateTime.UtcNow.AddHours(2));
            case "bad signature":
                using (var other = RSA.Create(2048))
                {
                    return Tenant.Sign(claims, key: new RsaSecurityKey(other) { KeyId = Tenant.SigningKey.KeyId });
                }

            case "unknown key":
                using (var other = RSA.Create(2048))
                {
                    return Tenant.Sign(claims, key: new RsaSecurityKey(other) { KeyId = "unknown" });
                }

            case "no scp or roles":
                claims.Remove("scp");
                return Tenant.Sign(claims);
            case "unsigned":
                var signed = Tenant.Sign(claims);
                return signed[..(signed.LastIndexOf('.') + 1)];
            default:
                throw new ArgumentOutOfRangeException(nameof(reason), reason, null);
        }
    }

    private async Task<(HttpStatusCode Status, MeResponse? Me)> MeAsync(string token)
    {
        using var http = fixture.Server.CreateHttpClient(token);
        using var response = await http.GetAsync(AccessRoutes.Me);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<MeResponse>() : null);
    }

    private void AssertNoNetwork()
    {
        Assert.Empty(fixture.Network.RequestsTo(new Uri(EntraTestTenant.Instance).Host));
        Assert.Empty(fixture.Metadata.Unexpected);
    }
}
