using LessonStudy.TestKit.Server;

namespace LessonStudy.Server.Tests.Access;

/// <summary>One development-sign-in server shared by a test class (each test uses its own user names).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private LoopbackServer? server;

    public LoopbackServer Server => server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>A user name no other test uses, so tests sharing the server do not see each other's documents.</summary>
    public static string UniqueUser(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];
}
