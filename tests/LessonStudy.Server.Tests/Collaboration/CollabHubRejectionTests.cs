using LessonStudy.Crdt;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;
using Microsoft.AspNetCore.SignalR;

namespace LessonStudy.Server.Tests.Collaboration;

public class CollabHubRejectionTests
{
    [Fact]
    public async Task ReadOnlyMember_Update_IsRejectedAndNotApplied()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var owner = await fixture.PeerAsync();
        owner[fixture.DocumentId].Edit(t => t.Insert(0, "教学过程"));
        await owner[fixture.DocumentId].AcknowledgedAsync();
        var reader = await fixture.PeerAsync("observer", canEdit: false);
        await Eventually.TrueAsync(() => reader[fixture.DocumentId].Text == "教学过程", "the observer to receive the text");

        var forged = new Doc(new DocOptions { ClientId = 4242 });
        forged.ApplyUpdate(owner[fixture.DocumentId].Doc.EncodeStateAsUpdate());
        var sv = forged.EncodeStateVector();
        forged.GetText("content").Insert(0, "篡改");
        var error = await Assert.ThrowsAsync<HubException>(
            () => reader.SendAsync(fixture.DocumentId, PeerDocument.FrameUpdate(forged.EncodeStateAsUpdate(sv))));

        Assert.Contains("may not edit", error.Message, StringComparison.Ordinal);
        Assert.Equal("教学过程", await fixture.ServerTextAsync("教学过程"));
        Assert.Equal("教学过程", owner[fixture.DocumentId].Text);
        Assert.Empty(reader[fixture.DocumentId].Failures); // its own step 2 (nothing new) was accepted
    }

    public static TheoryData<string, byte[]> MalformedFrames => new()
    {
        { "unknown frame type", [9, 1, 2] },
        { "truncated varuint", [0x80] },
        { "unknown sync type", [0, 7, 0] },
        { "update length past the end", [0, 2, 50, 1, 2, 3] },
        { "garbage update", [0, 2, 5, 1, 0xff, 0xff, 0xff, 0x0f] },
        { "auth frame", [2, 0, 1, 65] },
        { "awareness garbage", [1, 3, 1, 0xff, 0xff] },
    };

    [Theory]
    [MemberData(nameof(MalformedFrames))]
    public async Task MalformedFrame_FailsWithHubException_AndLeavesTheDocumentUnchanged(string kind, byte[] frame)
    {
        await using var fixture = await CollabFixture.StartAsync();
        var owner = await fixture.PeerAsync();
        owner[fixture.DocumentId].Edit(t => t.Insert(0, "作业设计"));
        await owner[fixture.DocumentId].AcknowledgedAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => owner.SendAsync(fixture.DocumentId, frame));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), kind);
        Assert.Equal("作业设计", await fixture.ServerTextAsync("作业设计"));
        owner[fixture.DocumentId].Edit(t => t.Insert(4, "！"));
        await owner[fixture.DocumentId].AcknowledgedAsync(); // the connection still works
    }

    [Fact]
    public async Task EmptyFrame_IsRejected()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var owner = await fixture.PeerAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => owner.SendAsync(fixture.DocumentId, []));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    public async Task JoinDocument_UnknownOrInvalidId_FailsWithoutSayingWhich(string documentId)
    {
        await using var fixture = await CollabFixture.StartAsync();
        var peer = await fixture.PeerAsync(join: false);

        var error = await Assert.ThrowsAsync<HubException>(() => peer.JoinAsync(documentId, 1));
        Assert.Contains("does not exist or you may not open it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoinDocument_Stranger_IsRefused()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var stranger = await fixture.PeerAsync("stranger", canEdit: null, join: false);

        var error = await Assert.ThrowsAsync<HubException>(() => stranger.JoinAsync(fixture.DocumentId, 1));
        Assert.Contains("does not exist or you may not open it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_WithoutJoining_IsRefused()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var peer = await fixture.PeerAsync(join: false);
        var writer = new Lib0Writer();
        SyncProtocol.WriteSyncStep1(writer, new Doc());

        var error = await Assert.ThrowsAsync<HubException>(() => peer.SendAsync(fixture.DocumentId, ProtocolMessage.EncodeSync(writer.ToArray())));
        Assert.Contains("Join the document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoinDocument_PastTheLimitPerConnection_IsRefused()
    {
        await using var fixture = await CollabFixture.StartAsync(new Dictionary<string, string?> { ["Collaboration:MaxDocumentsPerConnection"] = "2" });
        var second = await fixture.Server.CreateDocumentAsync(fixture.OwnerToken, "二");
        var third = await fixture.Server.CreateDocumentAsync(fixture.OwnerToken, "三");
        var peer = await fixture.PeerAsync();
        await peer.JoinAsync(second, 2);

        var error = await Assert.ThrowsAsync<HubException>(() => peer.JoinAsync(third, 3));
        Assert.Contains("at most 2 documents", error.Message, StringComparison.Ordinal);
        await peer.LeaveAsync(second);
        await peer.JoinAsync(third, 3);
    }

    [Fact]
    public async Task SendMessage_PastTheRateLimit_IsRefusedAndNotApplied()
    {
        await using var fixture = await CollabFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Collaboration:MessagesPerSecond"] = "1",
            ["Collaboration:MessageBurst"] = "3",
        });
        var peer = await fixture.PeerAsync(); // its step 1 takes one token
        var doc = new Doc(new DocOptions { ClientId = 555 });
        var frames = new List<byte[]>();
        for (var i = 0; i < 4; i++)
        {
            var sv = doc.EncodeStateVector();
            doc.GetText("content").Insert(i, "x");
            frames.Add(PeerDocument.FrameUpdate(doc.EncodeStateAsUpdate(sv)));
        }

        var errors = new List<string>();
        foreach (var frame in frames)
        {
            try
            {
                await peer.SendAsync(fixture.DocumentId, frame);
            }
            catch (HubException e)
            {
                errors.Add(e.Message);
            }
        }

        Assert.Contains(errors, m => m.Contains("Too many messages", StringComparison.Ordinal));
    }
}
