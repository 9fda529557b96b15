using LessonStudy.Server.Features.Collaboration;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Collaboration;

public class RoomLifecycleTests
{
    [Fact]
    public async Task IdleRoom_IsUnloaded_AndLoadsAgainWithEverything()
    {
        await using var fixture = await CollabFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Collaboration:IdleUnloadAfter"] = "00:00:00.200",
            ["Collaboration:JanitorInterval"] = "00:00:00.100",
        });
        var registry = fixture.Server.Services.GetRequiredService<RoomRegistry>();
        var peer = await fixture.PeerAsync();
        peer[fixture.DocumentId].Edit(t => t.Insert(0, "教学反思"));
        await peer[fixture.DocumentId].AcknowledgedAsync();
        Assert.Equal(1, registry.Count);

        await peer.LeaveAsync(fixture.DocumentId);
        await Eventually.TrueAsync(() => registry.Count == 0, "the idle room to be unloaded");

        Assert.Equal("教学反思", await fixture.ServerTextAsync("教学反思"));
    }

    [Fact]
    public async Task SharingChange_TellsTheConnectedMemberItsNewRights_AndTheyApplyAtOnce()
    {
        await using var fixture = await CollabFixture.StartAsync();
        var member = await fixture.PeerAsync("li", canEdit: false);
        var doc = member[fixture.DocumentId];

        await fixture.Server.ShareAsync(fixture.OwnerToken, fixture.DocumentId, "li", canEdit: true);

        await Eventually.TrueAsync(() => member.RightsChanges.Any(r => r.CanEdit), "the member to be told it may edit");
        doc.Edit(t => t.Insert(0, "可以编辑了"));
        await doc.AcknowledgedAsync();
        Assert.Equal("可以编辑了", await fixture.ServerTextAsync("可以编辑了"));
    }
}
