using LessonStudy.Contracts.Collaboration;
using LessonStudy.TestKit.Server;

namespace LessonStudy.Server.Tests.Collaboration;

public class CollabHubSyncTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task JoinDocument_Owner_GetsRightsAndTheServersStepOne(bool json)
    {
        await using var fixture = await CollabFixture.StartAsync();
        await using var peer = await HubPeer.ConnectAsync(fixture.Server, fixture.OwnerToken, json);

        var result = await peer.JoinAsync(fixture.DocumentId, 1);

        Assert.Equal(new JoinResult(fixture.DocumentId, DocumentStages.Document, 0, true, true), result);
        peer[fixture.DocumentId].Edit(t => t.Insert(0, "教学目标"));
        await peer[fixture.DocumentId].AcknowledgedAsync();
        Assert.Equal("教学目标", await fixture.ServerTextAsync("教学目标"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ConcurrentEdits_ThreePeers_Converge(int seed)
    {
        await using var fixture = await CollabFixture.StartAsync();
        var peers = new[]
        {
            await fixture.PeerAsync(),
            await fixture.PeerAsync("li", canEdit: true),
            await fixture.PeerAsync("wang", canEdit: true, json: true),
        };

        var typing = peers.Select((peer, index) => Task.Run(async () =>
        {
            var local = new Random(seed * 31 + index);
            for (var i = 0; i < 40; i++)
            {
                peer[fixture.DocumentId].Edit(text =>
                {
                    if (text.Length > 3 && local.Next(4) == 0)
                    {
                        text.Delete(local.Next(text.Length - 1), 1);
                    }
                    else
                    {
                        text.Insert(local.Next(text.Length + 1), $"{index}{(char)('a' + local.Next(26))}");
                    }
                });
                if (local.Next(5) == 0)
                {
                    await Task.Delay(local.Next(5));
                }
            }
        })).ToArray();
        await Task.WhenAll(typing).WaitAsync(Eventually.Timeout);
        foreach (var peer in peers)
        {
            await peer[fixture.DocumentId].AcknowledgedAsync();
        }

        await Eventually.TrueAsync(
            () => peers.Select(p => p[fixture.DocumentId].Text).Distinct().Count() == 1,
            $"the three peers to converge (seed {seed})");
        var final = peers[0][fixture.DocumentId].Text;
        Assert.True(final.Length > 0, $"seed {seed}");
        Assert.Equal(final, await fixture.ServerTextAsync(final));
        Assert.All(peers, p => Assert.Empty(p[fixture.DocumentId].Failures));
    }

    [Fact]
    public async Task LateJoiner_ReceivesTheWholeState()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var writer = await fixture.PeerAsync();
        for (var i = 0; i < 20; i++)
        {
            writer[fixture.DocumentId].Edit(t => t.Insert(t.Length, $"第{i}段\n"));
        }

        writer[fixture.DocumentId].Edit(t => t.Delete(0, 4));
        await writer[fixture.DocumentId].AcknowledgedAsync();

        var late = await fixture.PeerAsync("late", canEdit: false);

        var expected = writer[fixture.DocumentId].Text;
        await Eventually.TrueAsync(() => late[fixture.DocumentId].Text == expected, "the late joiner to have the whole text");
    }

    [Fact]
    public async Task AcknowledgedUpdate_SurvivesAServerRestartOnTheSameStorage()
    {
        var data = Directory.CreateTempSubdirectory("lessonstudy-restart-").FullName;
        try
        {
            string documentId;
            string token;
            await using (var fixture = await CollabFixture.StartAsync(dataPath: data))
            {
                documentId = fixture.DocumentId;
                token = fixture.OwnerToken;
                var peer = await fixture.PeerAsync();
                peer[documentId].Edit(t => t.Insert(0, "板书设计"));
                await peer[documentId].AcknowledgedAsync();
            }

            await using var server = await LoopbackServer.StartAsync(data);
            await using var reader = await HubPeer.ConnectAsync(server, token);
            await reader.JoinAsync(documentId, 77);
            await Eventually.TrueAsync(() => reader[documentId].Text == "板书设计", "the restarted server to serve the acknowledged text");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
