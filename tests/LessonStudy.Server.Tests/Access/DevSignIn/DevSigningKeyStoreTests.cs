using System.Net;
using System.Text.Json;
using LessonStudy.Contracts.Access;
using LessonStudy.Server.Features.Access.DevSignIn;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.TestKit.Server;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Access.DevSignIn;

public sealed class DevSigningKeyStoreTests : IDisposable
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("lessonstudy-test-").FullName;

    public void Dispose() => Directory.Delete(dataPath, recursive: true);

    [Fact]
    public async Task Token_ServerRestartedOnSameStorage_StillValid()
    {
        string token;
        await using (var first = await LoopbackServer.StartAsync(dataPath))
        {
            token = await first.GetTokenAsync("restart-user");
        }

        await using var second = await LoopbackServer.StartAsync(dataPath);
        using var http = second.CreateHttpClient(token);
        using var response = await http.GetAsync(AccessRoutes.Me);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Key_Generated_StoredAsVersionedBlob()
    {
        await using var server = await LoopbackServer.StartAsync(dataPath);
        await server.GetTokenAsync("key-user");

        var blob = await server.Services.GetRequiredService<IBlobStore>().ReadAsync(DevSigningKeyStore.BlobName, CancellationToken.None);

        Assert.NotNull(blob);
        var record = JsonSerializer.Deserialize<DevSigningKeyRecord>(blob.Data, JsonSerializerOptions.Web)!;
        Assert.Equal(1, record.SchemaVersion);
        Assert.Equal("HS256", record.Algorithm);
        Assert.True(Convert.FromBase64String(record.Key).Length >= 32);
    }

    [Fact]
    public async Task Token_OtherStorage_Rejected()
    {
        await using var first = await LoopbackServer.StartAsync();
        await using var second = await LoopbackServer.StartAsync();
        var token = await first.GetTokenAsync("storage-user");

        using var http = second.CreateHttpClient(token);
        using var response = await http.GetAsync(AccessRoutes.Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Key_Configured_SharedAcrossStoresAndNotStored()
    {
        var settings = new Dictionary<string, string?> { [DevTokenSettings.SigningKeyConfigKey] = "a configured development key of 32+ bytes" };
        await using var first = await LoopbackServer.StartAsync(settings: settings);
        await using var second = await LoopbackServer.StartAsync(settings: settings);
        var token = await first.GetTokenAsync("configured-user");

        using var http = second.CreateHttpClient(token);
        using var response = await http.GetAsync(AccessRoutes.Me);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await first.Services.GetRequiredService<IBlobStore>().ReadAsync(DevSigningKeyStore.BlobName, CancellationToken.None));
    }

    [Fact]
    public async Task Key_ConfiguredTooShort_StartThrows()
    {
        var settings = new Dictionary<string, string?> { [DevTokenSettings.SigningKeyConfigKey] = "short" };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => LoopbackServer.StartAsync(dataPath, settings));

        Assert.Contains(DevTokenSettings.SigningKeyConfigKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_TwoServersStartingOnEmptyStorage_AgreeOnOneKey()
    {
        await using var first = await LoopbackServer.StartAsync(dataPath);
        await using var second = await LoopbackServer.StartAsync(dataPath);

        var tokens = await Task.WhenAll(first.GetTokenAsync("race-a"), second.GetTokenAsync("race-b"));

        using var onSecond = second.CreateHttpClient(tokens[0]);
        using var onFirst = first.CreateHttpClient(tokens[1]);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync(AccessRoutes.Me)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onFirst.GetAsync(AccessRoutes.Me)).StatusCode);
    }
}
