using System.Net;
using LessonStudy.TestKit.Server;

namespace LessonStudy.Server.Tests.WebClient;

public sealed class WebClientMissingTests
{
    [Fact]
    public async Task MissingFolder_ServerRunsWithoutThePage()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"lessonstudy-no-client-{Guid.NewGuid():N}");
        await using var server = await LoopbackServer.StartAsync(settings: new Dictionary<string, string?> { ["WebClient:Path"] = missing });
        using var http = server.CreateHttpClient();

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
