using System.Net;
using LessonStudy.Server.Features.Health;
using LessonStudy.Server.Tests.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Health;

public sealed class MetricsEndpointTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Metrics_AfterActivity_ExposesServerAndHttpInstruments()
    {
        var token = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("metrics"));
        await fixture.Server.CreateDocumentAsync(token, "counted");
        using var http = fixture.Server.CreateHttpClient();

        // The exporter caches a scrape briefly; poll (bounded) until the new counter shows.
        var deadline = DateTime.UtcNow + Timeout;
        string body;
        do
        {
            using var response = await http.GetAsync(HealthSetup.MetricsPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            body = await response.Content.ReadAsStringAsync();
            if (body.Contains("lessonstudy_documents_created", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Contains("lessonstudy_documents_created", body, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", false, true)]
    [InlineData("::1", false, true)]
    [InlineData("10.1.2.3", false, false)]
    [InlineData("203.0.113.9", false, false)]
    [InlineData("203.0.113.9", true, true)]
    public async Task MetricsAccess_ByRemoteAddress_LoopbackOnlyUnlessAllowed(string address, bool allowRemote, bool allowed)
    {
        var access = new MetricsAccess(allowRemote);
        var branch = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        access.Guard(branch);
        branch.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        });
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);

        await branch.Build()(context);

        Assert.Equal(allowed ? StatusCodes.Status200OK : StatusCodes.Status404NotFound, context.Response.StatusCode);
    }
}
