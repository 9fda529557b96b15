using LessonStudy.Client.Tests.Support;
using LessonStudy.TestKit.Server;

namespace LessonStudy.Client.Tests;

/// <summary>
/// A server that goes away and comes back (on the same storage, at a new port) loses nothing: edits
/// made while it was down, and edits whose sends were cut off, arrive once the client is back.
/// </summary>
public sealed class CollabClientReconnectTests
{
    [Fact]
    public async Task ServerRestart_EditsMadeOfflineAndInFlight_AllArrive()
    {
        var data = Directory.CreateTempSubdirectory("lessonstudy-client-restart-");
        try
        {
            await Seeds.RunAsync(Seeds.Next(), random => RestartScenarioAsync(data.FullName, random));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task RestartScenarioAsync(string dataPath, Random random)
    {
        var server = await LoopbackServer.StartAsync(dataPath);
        var address = server.BaseAddress;
        var stopped = false;
        try
        {
            var documentId = await server.CreateSharedDocumentAsync("rc-owner", "rc-peer");

            // Both the address and the token come from whichever server is running now.
            await using var owner = await CollabClient.ConnectAsync(Following(() => address, () => server.GetTokenAsync("rc-owner"))).Within("owner to connect");
            await using var peer = await CollabClient.ConnectAsync(Following(() => address, () => server.GetTokenAsync("rc-peer"))).Within("peer to connect");
            var a = await owner.JoinAsync(documentId).Within("owner to join");
            var b = await peer.JoinAsync(documentId).Within("peer to join");
            for (var i = 0; i < 20; i++)
            {
                a.Edit(doc => TextEdits.RandomEdit(doc, random));
            }

            await a.WhenSavedAsync().Within("the first edits to be saved");

            // Keep typing while the server stops: some sends are cut off mid-flight.
            var stopping = server.DisposeAsync().AsTask();
            for (var i = 0; !stopping.IsCompleted && i < 200; i++)
            {
                a.Edit(doc => TextEdits.RandomEdit(doc, random));
                await Task.Delay(1);
            }

            await stopping.Within("the server to stop");
            stopped = true;
            await Eventually.WaitUntilAsync(() => owner.State == CollabConnectionState.Reconnecting, "the owner to notice the server is gone");

            for (var i = 0; i < 30; i++)
            {
                a.Edit(doc => TextEdits.RandomEdit(doc, random));
                b.Edit(doc => TextEdits.RandomEdit(doc, random));
            }

            Assert.True(a.HasUnacknowledgedChanges);
            Assert.True(b.HasUnacknowledgedChanges);

            server = await LoopbackServer.StartAsync(dataPath);
            stopped = false;
            address = server.BaseAddress;

            await Task.WhenAll(a.WhenSavedAsync(), b.WhenSavedAsync()).Within("every offline edit to be acknowledged by the new server", TimeSpan.FromSeconds(60), () => $"{a.DescribeState()}; {b.DescribeState()}");
            await Eventually.WaitUntilAsync(() => a.IsSynced && b.IsSynced && a.ReadContent() == b.ReadContent(), "the two clients to converge after the restart");

            await using var fresh = await server.ConnectAsync("rc-owner");
            var check = await fresh.JoinAsync(documentId).Within("a fresh client to join");
            Assert.Equal(a.ReadContent(), check.ReadContent());
            Assert.NotEmpty(check.ReadContent());
        }
        finally
        {
            if (!stopped)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static CollabClientOptions Following(Func<Uri> address, Func<Task<string>> token) => new()
    {
        ServerAddress = address,
        AccessTokenProvider = async () => await token(),
        ReconnectDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200)],
    };
}
