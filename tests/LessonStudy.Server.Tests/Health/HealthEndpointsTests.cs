using System.Net;
using LessonStudy.TestKit.Server;

namespace LessonStudy.Server.Tests.Health;

public sealed class HealthEndpointsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lessonstudy-test-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Probes_Anonymous_HealthyWhileStorageWorks()
    {
        await using var server = await LoopbackServer.StartAsync(Path.Join(root, "data"));
        using var http = server.CreateHttpClient();

        var (live, liveBody) = await GetAsync(http, "/healthz");
        var (ready, readyBody) = await GetAsync(http, "/readyz");

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal("Healthy", liveBody.Trim());
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal("Healthy", readyBody.Trim());
    }

    [Fact]
    public async Task Readyz_StorageFolderReplacedByFile_503UntilRepaired()
    {
        var data = Path.Join(root, "data");
        await using var server = await LoopbackServer.StartAsync(data);
        using var http = server.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/readyz")).Status);

        // A real storage failure: the store's folder is gone and a file blocks recreating it.
        Directory.Delete(data, recursive: true);
        await File.WriteAllTextAsync(data, "not a folder");
        var (broken, reason) = await GetAsync(http, "/readyz");
        var (live, _) = await GetAsync(http, "/healthz");

        File.Delete(data);
        var (repaired, _) = await GetAsync(http, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken);
        Assert.Equal("Unhealthy\nstorage: storage unreachable", reason.Trim());
        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.OK, repaired);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
