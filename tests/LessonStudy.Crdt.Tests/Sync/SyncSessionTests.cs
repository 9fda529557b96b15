using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;

namespace LessonStudy.Crdt.Tests.Sync;

/// <summary>A y-websocket style exchange between a "server" and a "client", frame by frame.</summary>
public class SyncSessionTests
{
    [Fact]
    public void Session_HandshakeEditsAndAwareness_Converge()
    {
        var server = new Doc(new DocOptions { ClientId = 100 });
        server.GetText("content").Insert(0, "server text");
        var client = new Doc(new DocOptions { ClientId = 200 });
        var serverAwareness = new Awareness(server);
        var clientAwareness = new Awareness(client);
        var toServer = new Queue<byte[]>();
        var toClient = new Queue<byte[]>();
        client.Update += (update, origin, _) =>
        {
            if (origin is not "server")
            {
                var w = new Lib0Writer();
                SyncProtocol.WriteUpdate(w, update);
                toServer.Enqueue(ProtocolMessage.EncodeSync(w.WrittenSpan));
            }
        };

        // The client opens with sync step 1; the server answers with step 2 and its own step 1.
        toServer.Enqueue(Frame(w => SyncProtocol.WriteSyncStep1(w, client)));
        Pump(toServer, server, serverAwareness, toClient, "client");
        toClient.Enqueue(Frame(w => SyncProtocol.WriteSyncStep1(w, server)));
        Pump(toClient, client, clientAwareness, toServer, "server");
        Pump(toServer, server, serverAwareness, toClient, "client");
        client.GetText("content").Insert(0, ">> ");
        Pump(toServer, server, serverAwareness, toClient, "client");

        serverAwareness.SetLocalStateField("user", "srv");
        clientAwareness.SetLocalStateField("user", "ana");
        toServer.Enqueue(ProtocolMessage.EncodeAwareness(clientAwareness.EncodeAwarenessUpdate([client.ClientID])));
        toServer.Enqueue(ProtocolMessage.EncodeQueryAwareness());
        Pump(toServer, server, serverAwareness, toClient, "client");
        Pump(toClient, client, clientAwareness, toServer, "server");

        Assert.Equal(">> server text", server.GetText("content").ToString());
        Assert.Equal(server.EncodeStateAsUpdate(), client.EncodeStateAsUpdate());
        Assert.Equal("{\"user\":\"ana\"}", JsJson.Stringify(serverAwareness.GetStates()[200]));
        Assert.Equal("{\"user\":\"srv\"}", JsJson.Stringify(clientAwareness.GetStates()[100]));
    }

    private static byte[] Frame(Action<Lib0Writer> write)
    {
        var w = new Lib0Writer();
        write(w);
        return ProtocolMessage.EncodeSync(w.WrittenSpan);
    }

    /// <summary>Handles every queued frame the way a y-websocket peer does; replies go to <paramref name="replies"/>.</summary>
    private static void Pump(Queue<byte[]> inbox, Doc doc, Awareness awareness, Queue<byte[]> replies, string origin)
    {
        while (inbox.TryDequeue(out var frame))
        {
            var message = ProtocolMessage.Decode(frame);
            switch (message.Type)
            {
                case ProtocolMessageType.Sync:
                    var reply = new Lib0Writer();
                    SyncProtocol.ReadSyncMessage(new Lib0Reader(message.Payload), reply, doc, origin);
                    if (reply.Length > 0)
                    {
                        replies.Enqueue(ProtocolMessage.EncodeSync(reply.WrittenSpan));
                    }

                    break;
                case ProtocolMessageType.Awareness:
                    awareness.ApplyAwarenessUpdate(message.Payload, origin);
                    break;
                case ProtocolMessageType.QueryAwareness:
                    replies.Enqueue(ProtocolMessage.EncodeAwareness(awareness.EncodeAwarenessUpdate([.. awareness.GetStates().Keys])));
                    break;
            }
        }
    }
}
