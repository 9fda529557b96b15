using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Tests.Collaboration;
using LessonStudy.Server.Tests.Plans;
using Microsoft.AspNetCore.SignalR;

namespace LessonStudy.Server.Tests.Authorization;

public class MidSessionStageChangeTests : IAsyncLifetime
{
    private PlansServer server = null!;

    public async Task InitializeAsync() => server = await PlansServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task ConnectedMemberInDiscussion_PlanMovesToRevision_IsToldAtOnceAndItsNextUpdateIsRejected()
    {
        var group = await server.GroupAsync("lead", "teach", "mem");
        var plan = await server.PlanAsync("lead", group.Id, "teach", "背影");
        plan = await server.MoveAsync("teach", plan.Id, PlanStages.Discussion);
        var template = PlanTemplate.Markdown("背影");
        var (member, join) = await PlanHub.JoinAsync(server, "mem", plan, template);
        await using var _ = member;
        Assert.True(join.CanEdit);
        await PlanHub.AppendAsync(member, plan.DocumentId, "研讨意见。");

        await server.MoveAsync("lead", plan.Id, PlanStages.Revision);

        await Eventually.TrueAsync(() => member.RightsChanges.Any(r => r.Stage == PlanStages.Revision), "RightsChanged for 修正");
        var rights = member.RightsChanges[^1];
        Assert.False(rights.CanEdit);
        Assert.True(rights.CanComment);
        member[plan.DocumentId].Edit(t => t.Insert(0, "越权修改"));
        await Assert.ThrowsAsync<HubException>(() => member[plan.DocumentId].AcknowledgedAsync());
        var (teacher, _) = await PlanHub.JoinAsync(server, "teach", plan, template + "研讨意见。");
        await teacher.DisposeAsync();
    }
}
