using System.Net;
using System.Net.Http.Json;
using System.Text;
using LessonStudy.Contracts.Access;
using LessonStudy.Server.Features.Access.DevSignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LessonStudy.Server.Tests.Access.DevSignIn;

public sealed class DevTokenEndpointTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task DevToken_ValidRequest_TokenIdentifiesCallerOnMe()
    {
        var token = await fixture.Server.GetTokenAsync("  teacher-1 ", " 王老师 ");
        using var http = fixture.Server.CreateHttpClient(token);

        var me = await http.GetFromJsonAsync<MeResponse>(AccessRoutes.Me);

        Assert.Equal(new MeResponse("teacher-1", "王老师"), me);
    }

    [Fact]
    public async Task DevToken_Issued_HasDocumentedShape()
    {
        var token = new JsonWebToken(await fixture.Server.GetTokenAsync("shape-user", "Shape"));

        Assert.Equal(DevTokenSettings.Issuer, token.Issuer);
        Assert.Equal([DevTokenSettings.Audience], token.Audiences);
        Assert.Equal("shape-user", token.Subject);
        Assert.Equal("Shape", token.GetClaim("name").Value);
        Assert.Equal(SecurityAlgorithms.HmacSha256, token.Alg);
        Assert.Equal(TimeSpan.FromHours(12), token.ValidTo - token.IssuedAt);
    }

    public static TheoryData<string?, string?, string> InvalidRequests => new()
    {
        { null, "name", "userId" },
        { "", "name", "userId" },
        { "   ", "name", "userId" },
        { new string('u', 65), "name", "userId" },
        { "a\u0001b", "name", "userId" },
        { "a\nb", "name", "userId" },
        { "user", null, "displayName" },
        { "user", " ", "displayName" },
        { "user", new string('n', 65), "displayName" },
        { "user", "bad\u0007name", "displayName" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task DevToken_InvalidField_Returns400NamingIt(string? userId, string? displayName, string field)
    {
        using var http = fixture.Server.CreateHttpClient();

        using var response = await http.PostAsJsonAsync(AccessRoutes.DevToken, new { userId, displayName });

        await ProblemAssert.BadRequestAsync(response, field);
    }

    [Fact]
    public async Task DevToken_LoneSurrogateInUserId_Returns400()
    {
        using var http = fixture.Server.CreateHttpClient();
        var body = "{\"userId\": \"a\\ud800\", \"displayName\": \"name\"}";

        using var response = await http.PostAsync(AccessRoutes.DevToken, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"userId\": 5, \"displayName\": \"x\"}")]
    [InlineData("")]
    public async Task DevToken_MalformedBody_Returns400(string body)
    {
        using var http = fixture.Server.CreateHttpClient();

        using var response = await http.PostAsync(AccessRoutes.DevToken, new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.BadRequestAsync(response);
    }

    [Fact]
    public async Task DevToken_MaximumLengths_Accepted()
    {
        var userId = new string('u', 64);
        var token = await fixture.Server.GetTokenAsync(userId, new string('n', 64));
        using var http = fixture.Server.CreateHttpClient(token);

        var me = await http.GetFromJsonAsync<MeResponse>(AccessRoutes.Me);

        Assert.Equal(userId, me!.Id);
    }

    [Fact]
    public async Task Me_Anonymous_Returns401()
    {
        using var http = fixture.Server.CreateHttpClient();

        using var response = await http.GetAsync(AccessRoutes.Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Me_TamperedSignature_Returns401()
    {
        var token = await fixture.Server.GetTokenAsync("tamper-user");
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(tampered));
    }

    [Fact]
    public async Task Me_TamperedPayload_Returns401()
    {
        var parts = (await fixture.Server.GetTokenAsync("payload-user")).Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("payload-user", "someone-else", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(forged));
    }

    [Fact]
    public async Task Me_TokenSignedWithAnotherKey_Returns401()
    {
        var otherKey = new SymmetricSecurityKey(new byte[64]);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(Sign(otherKey, DateTime.UtcNow.AddHours(1), DevTokenSettings.Audience)));
    }

    [Fact]
    public async Task Me_ExpiredToken_Returns401()
    {
        var key = await fixture.Server.Services.GetRequiredService<DevSigningKeyStore>().GetKeyAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(Sign(key, DateTime.UtcNow.AddMinutes(10), DevTokenSettings.Audience)));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(Sign(key, DateTime.UtcNow.AddMinutes(-10), DevTokenSettings.Audience)));
    }

    [Fact]
    public async Task Me_WrongAudience_Returns401()
    {
        var key = await fixture.Server.Services.GetRequiredService<DevSigningKeyStore>().GetKeyAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(Sign(key, DateTime.UtcNow.AddHours(1), "another-app")));
    }

    [Fact]
    public async Task Me_UnsignedToken_Returns401()
    {
        var unsigned = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevTokenSettings.Issuer,
            Audience = DevTokenSettings.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["sub"] = "mallory" },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(unsigned));
    }

    [Fact]
    public async Task AuthConfig_DevelopmentSignIn_SaysDev()
    {
        using var http = fixture.Server.CreateHttpClient();

        var config = await http.GetFromJsonAsync<AuthConfigResponse>(AccessRoutes.AuthConfig);

        Assert.Equal(new AuthConfigResponse(AuthModes.Dev, null, null, null), config);
    }

    private async Task<HttpStatusCode> MeStatusAsync(string token)
    {
        using var http = fixture.Server.CreateHttpClient(token);
        using var response = await http.GetAsync(AccessRoutes.Me);
        return response.StatusCode;
    }

    private static string Sign(SecurityKey key, DateTime expires, string audience) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevTokenSettings.Issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Claims = new Dictionary<string, object> { ["sub"] = "forged", ["name"] = "Forged" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
}
