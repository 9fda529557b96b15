using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;

namespace LessonStudy.Server.Tests.Plans;

public class PlanEndpointsTests : IAsyncLifetime
{
    private PlansServer server = null!;

    public async Task InitializeAsync() => server = await PlansServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Create_ByAMember_FillsTheTemplate_AndTheTeacherOwnsTheDocument()
    {
        var group = await server.GroupAsync("lead", "teach", "mem");

        var plan = await server.PlanAsync("mem", group.Id, "teach", "背影");

        Assert.Equal((PlanStages.Draft, 1, "teach", "语文", "七年级", PlanEndpoints.DefaultLesson), (plan.Stage, plan.Round, plan.Teacher.UserId, plan.Subject, plan.Grade, plan.Lesson));
        Assert.Equal([PlanStages.Discussion], (await server.GetPlanAsync("teach", plan.Id)).MyRights.Transitions);
        Assert.Empty(plan.MyRights.Transitions); // a 组员 does not move it
        var (peer, join) = await PlanHub.JoinAsync(server, "teach", plan, PlanTemplate.Markdown("背影"));
        await peer.DisposeAsync();
        Assert.True(join.CanEdit);
        Assert.Equal(PlanStages.Draft, join.Stage);
        Assert.All(PlanTemplate.Sections, s => Assert.Contains($"## {s}\n", PlanTemplate.Markdown("背影"), StringComparison.Ordinal));
        Assert.Single(await server.EventsAsync(RecordKinds.PlanCreated, plan.Id));
    }

    [Fact]
    public async Task Create_TeacherOutsideTheGroup_IsBadRequest_AdminIsForbidden_StrangerNotFound()
    {
        var group = await server.GroupAsync("lead", "teach");
        var request = new CreatePlanRequest("春", "outsider");

        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync("lead", HttpMethod.Post, PlanRoutes.GroupPlans(group.Id), request));
        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(PlansServer.Admin, HttpMethod.Post, PlanRoutes.GroupPlans(group.Id), new CreatePlanRequest("春", "teach")));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("stranger", HttpMethod.Post, PlanRoutes.GroupPlans(group.Id), new CreatePlanRequest("春", "teach")));
    }

    [Fact]
    public async Task ListGroupPlans_GroupPeopleAndAdmin_OthersNotFound()
    {
        var group = await server.GroupAsync("lead", "teach");
        var plan = await server.PlanAsync("lead", group.Id, "teach");

        var (_, plans) = await server.SendAsync<PlanDto[]>("teach", HttpMethod.Get, PlanRoutes.GroupPlans(group.Id));
        Assert.Equal([plan.Id], plans!.Select(p => p.Id));
        Assert.Equal(HttpStatusCode.OK, await server.StatusAsync(PlansServer.Admin, HttpMethod.Get, PlanRoutes.GroupPlans(group.Id)));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("stranger", HttpMethod.Get, PlanRoutes.GroupPlans(group.Id)));
    }

    [Fact]
    public async Task InviteObserver_FromOutsideTheGroup_CanThenReadAndComment()
    {
        var group = await server.GroupAsync("lead", "teach", "mem");
        var plan = await server.PlanAsync("lead", group.Id, "teach");
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("jiaoyanyuan", HttpMethod.Get, PlanRoutes.Plan(plan.Id)));

        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync("mem", HttpMethod.Post, PlanRoutes.Observers(plan.Id), new InviteObserverRequest("jiaoyanyuan", "教研员")));
        var (status, invited) = await server.SendAsync<PlanDto>("teach", HttpMethod.Post, PlanRoutes.Observers(plan.Id), new InviteObserverRequest("jiaoyanyuan", "教研员"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(invited!.Observers, o => o.UserId == "jiaoyanyuan");
        var seen = await server.GetPlanAsync("jiaoyanyuan", plan.Id);
        Assert.Equal([PlanRoles.Observer], seen.MyRights.Roles);
        Assert.False(seen.MyRights.CanEdit);
        Assert.Single(await server.EventsAsync(RecordKinds.ObserverInvited, plan.Id));
    }

    [Fact]
    public async Task Link_SameTitleDifferentTeachers_LinksBothWays()
    {
        var group = await server.GroupAsync("lead", "teach", "wu");
        var a = await server.PlanAsync("lead", group.Id, "teach", "背影");
        var b = await server.PlanAsync("lead", group.Id, "wu", "背影");
        var c = await server.PlanAsync("lead", group.Id, "wu", "春");
        var d = await server.PlanAsync("lead", group.Id, "teach", "背影");

        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync("teach", HttpMethod.Post, PlanRoutes.Links(a.Id), new LinkPlanRequest(c.Id)));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync("teach", HttpMethod.Post, PlanRoutes.Links(a.Id), new LinkPlanRequest(d.Id)));
        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync("wu", HttpMethod.Post, PlanRoutes.Links(a.Id), new LinkPlanRequest(b.Id)));
        Assert.Equal(HttpStatusCode.OK, await server.StatusAsync("teach", HttpMethod.Post, PlanRoutes.Links(a.Id), new LinkPlanRequest(b.Id)));

        Assert.Equal([b.Id], (await server.GetPlanAsync("teach", a.Id)).LinkedPlanIds);
        Assert.Equal([a.Id], (await server.GetPlanAsync("wu", b.Id)).LinkedPlanIds);
        var (_, linked) = await server.SendAsync<PlanDto[]>("wu", HttpMethod.Get, VersionRoutes.Linked(b.Id));
        Assert.Equal([a.Id], linked!.Select(p => p.Id));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("stranger", HttpMethod.Get, VersionRoutes.Linked(b.Id)));
    }
}
