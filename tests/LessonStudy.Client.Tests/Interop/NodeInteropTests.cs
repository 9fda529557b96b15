using System.Globalization;
using LessonStudy.Client.Documents;
using LessonStudy.Client.Tests.Support;
using LessonStudy.TestKit.Server;

namespace LessonStudy.Client.Tests.Interop;

/// <summary>
/// A real yjs client (Node: yjs, y-protocols, @microsoft/signalr with MessagePack) and the .NET
/// client type into one document at the same time through the hub; both end with the same text,
/// and so does the server's stored document.
/// </summary>
public sealed class NodeInteropTests
{
    private const int Edits = 150;
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Coedit_NodeYjsAndDotnetClient_EndWithTheSameContent()
    {
        await using var server = await LoopbackServer.StartAsync();
        var documentId = await server.CreateSharedDocumentAsync("interop-dotnet", "interop-node");
        var nodeToken = await server.GetTokenAsync("interop-node");
        await using var client = await server.ConnectAsync("interop-dotnet");
        var session = await client.JoinAsync(documentId).Within("the .NET client to join");

        await Seeds.RunAsync(Seeds.Next(), async random =>
        {
            await using var node = NodeCoeditor.Start(
            [
                "--url", server.BaseAddress.ToString(),
                "--token", nodeToken,
                "--document", documentId,
                "--seed", random.Next().ToString(CultureInfo.InvariantCulture),
                "--edits", Edits.ToString(CultureInfo.InvariantCulture),
                "--name", "node",
                "--wait-for", "dotnet",
                "--timeout-ms", ((int)NodeTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ]);

            // Type while the Node client types; wait until some of its edits arrived so the two really overlap.
            for (var i = 0; i < Edits; i++)
            {
                session.Edit(doc => TextEdits.RandomEdit(doc, random));
                await Task.Delay(random.Next(4));
            }

            await session.WhenSavedAsync().Within("the .NET edits to be acknowledged");
            session.Edit(doc => doc.GetMap("interop").Set("dotnet", true));
            await session.WhenSavedAsync().Within("the .NET done marker to be acknowledged");

            var result = await node.WaitAsync(NodeTimeout + TimeSpan.FromSeconds(10));
            Assert.Equal(Edits, result.Edits);
            Assert.True(result.Acknowledged >= Edits, $"Node saw {result.Acknowledged} acknowledgements for {Edits} edits");
            Assert.True(result.CanEdit);

            await Eventually.WaitUntilAsync(() => session.Read(doc => doc.GetMap("interop").Get("node") is true), "the Node client's done marker");
            Assert.Equal(result.Text, session.ReadContent());
            Assert.NotEmpty(result.Text);

            await using var third = await server.ConnectAsync("interop-dotnet");
            var stored = await third.JoinAsync(documentId).Within("a third client to join");
            Assert.Equal(result.Text, stored.ReadContent());
            Assert.Equal(result.Text, stored.Read(doc => doc.GetText(DocumentSession.ContentRoot).ToString()));
        });
    }
}
