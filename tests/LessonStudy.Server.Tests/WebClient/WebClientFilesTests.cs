using System.Net;
using LessonStudy.TestKit.Server;

namespace LessonStudy.Server.Tests.WebClient;

public sealed class WebClientFilesTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("lessonstudy-webclient-").FullName;
    private LoopbackServer? server;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), "<!doctype html><title>集体备课</title>");
        await File.WriteAllTextAsync(Path.Combine(folder, "assets", "index-abc123.js"), "console.log(1)");
        await File.WriteAllTextAsync(Path.Combine(folder, "favicon.svg"), "<svg/>");
        server = await LoopbackServer.StartAsync(settings: new Dictionary<string, string?> { ["WebClient:Path"] = folder });
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Root_WithoutToken_ServesIndexThatBrowsersRevalidate()
    {
        using var http = server!.CreateHttpClient();
        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("集体备课", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task HashedAsset_IsServedAsImmutable()
    {
        using var http = server!.CreateHttpClient();
        using var response = await http.GetAsync(new Uri("/assets/index-abc123.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task OtherFile_IsServedWithRevalidation()
    {
        using var http = server!.CreateHttpClient();
        using var response = await http.GetAsync(new Uri("/favicon.svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task ClientRoute_FallsBackToIndex()
    {
        using var http = server!.CreateHttpClient();
        using var response = await http.GetAsync(new Uri("/documents/0123abcd", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/hubs/no-such-hub")]
    [InlineData("/assets/missing-123.js")]
    [InlineData("/..%2f..%2fetc%2fpasswd.txt")]
    public async Task ServerPathsMissingFilesAndEscapes_AreNotFoundNotThePage(string path)
    {
        using var http = server!.CreateHttpClient();
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_ToClientRoute_IsNotFound()
    {
        using var http = server!.CreateHttpClient();
        using var content = new StringContent("{}");
        using var response = await http.PostAsync(new Uri("/documents", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnchangedAsset_AnswersNotModified()
    {
        using var http = server!.CreateHttpClient();
        using var first = await http.GetAsync(new Uri("/assets/index-abc123.js", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/index-abc123.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
