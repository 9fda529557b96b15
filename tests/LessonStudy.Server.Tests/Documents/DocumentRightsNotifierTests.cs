using System.Collections.Concurrent;
using LessonStudy.Server.Features.Documents;
using LessonStudy.TestKit.Server;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Documents;

public sealed class DocumentRightsNotifierTests
{
    [Fact]
    public async Task Share_Succeeds_EveryListenerToldEvenIfOneFails()
    {
        var failing = new RecordingListener(fail: true);
        var recording = new RecordingListener(fail: false);
        await using var server = await LoopbackServer.StartAsync(configure: b =>
        {
            b.Services.AddSingleton<IDocumentRightsListener>(failing);
            b.Services.AddSingleton<IDocumentRightsListener>(recording);
        });
        var owner = await server.GetTokenAsync("owner");
        var id = await server.CreateDocumentAsync(owner);

        await server.ShareAsync(owner, id, "member", canEdit: true);

        Assert.Equal([id], failing.Changed);
        Assert.Equal([id], recording.Changed);
    }

    [Fact]
    public async Task Share_Rejected_NoListenerTold()
    {
        var recording = new RecordingListener(fail: false);
        await using var server = await LoopbackServer.StartAsync(configure: b => b.Services.AddSingleton<IDocumentRightsListener>(recording));
        var owner = await server.GetTokenAsync("owner");
        var id = await server.CreateDocumentAsync(owner);
        await server.ShareAsync(owner, id, "member", canEdit: false);
        var member = await server.GetTokenAsync("member");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, await DocumentApi.ShareStatusAsync(server, member, id, "member", true));
        Assert.Equal([id], recording.Changed);
    }

    private sealed class RecordingListener(bool fail) : IDocumentRightsListener
    {
        private readonly ConcurrentQueue<string> changed = new();

        public IReadOnlyCollection<string> Changed => changed;

        public Task RightsChangedAsync(string documentId, CancellationToken cancellationToken)
        {
            changed.Enqueue(documentId);
            return fail ? Task.FromException(new InvalidOperationException("listener down")) : Task.CompletedTask;
        }
    }
}
