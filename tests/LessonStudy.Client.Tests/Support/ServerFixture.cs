using LessonStudy.TestKit.Server;

namespace LessonStudy.Client.Tests.Support;

/// <summary>One loopback server shared by the tests of a class (each test uses its own documents and users).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private LoopbackServer? server;

    public LoopbackServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
