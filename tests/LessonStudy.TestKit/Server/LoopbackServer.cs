using System.Net.Http.Headers;
using System.Net.Http.Json;
using LessonStudy.Contracts.Access;
using LessonStudy.Contracts.Documents;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Builder;

namespace LessonStudy.TestKit.Server;

/// <summary>
/// The whole server, in this process, on Kestrel at a free loopback port, with the local-folder store
/// in a fresh temporary folder (unless given one) and the development sign-in.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly bool ownsData;

    private LoopbackServer(WebApplication app, Uri baseAddress, string dataPath, bool ownsData)
    {
        App = app;
        BaseAddress = baseAddress;
        DataPath = dataPath;
        this.ownsData = ownsData;
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public string DataPath { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Starts a server. <paramref name="settings"/> are configuration keys (e.g. "Collaboration:MaxMessageBytes").</summary>
    public static async Task<LoopbackServer> StartAsync(
        string? dataPath = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var ownsData = dataPath is null;
        dataPath ??= Directory.CreateTempSubdirectory("lessonstudy-test-").FullName;
        var args = new List<string>
        {
            "--environment=Development",
            "--urls=http://127.0.0.1:0",
            $"--Storage:Provider=LocalFolder",
            $"--Storage:LocalFolder:Path={dataPath}",
            "--Logging:LogLevel:Default=Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            args.Add($"--{key}={value}");
        }

        var app = ServerApp.Build([.. args], configure);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(timeout.Token);
        var address = app.Urls.First();
        return new LoopbackServer(app, new Uri(address), dataPath, ownsData);
    }

    public HttpClient CreateHttpClient(string? token = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A development sign-in token for <paramref name="userId"/>.</summary>
    public async Task<string> GetTokenAsync(string userId, string? displayName = null)
    {
        using var http = CreateHttpClient();
        using var response = await http.PostAsJsonAsync(AccessRoutes.DevToken, new DevTokenRequest(userId, displayName ?? userId));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<DevTokenResponse>();
        return body!.AccessToken;
    }

    /// <summary>Creates a document owned by the token's user and returns its ID.</summary>
    public async Task<string> CreateDocumentAsync(string token, string? title = null)
    {
        using var http = CreateHttpClient(token);
        using var response = await http.PostAsJsonAsync(DocumentRoutes.Documents, new CreateDocumentRequest(title));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<CreateDocumentResponse>();
        return body!.Id;
    }

    /// <summary>The owner (by <paramref name="ownerToken"/>) shares the document with <paramref name="userId"/>.</summary>
    public async Task ShareAsync(string ownerToken, string documentId, string userId, bool canEdit)
    {
        using var http = CreateHttpClient(ownerToken);
        using var response = await http.PostAsJsonAsync(DocumentRoutes.Members(documentId), new AddMemberRequest(userId, canEdit));
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await App.StopAsync(timeout.Token);
        await App.DisposeAsync();
        if (ownsData)
        {
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a late writer: the temp folder is cleaned by the OS.
            }
        }
    }
}
