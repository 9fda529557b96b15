using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Records;

namespace LessonStudy.Server.Tests.Plans;

public class GroupEndpointsTests : IAsyncLifetime
{
    private PlansServer server = null!;

    public async Task InitializeAsync() => server = await PlansServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Create_CallerBecomesLeader_AndAnEventIsRecorded()
    {
        var group = await server.GroupAsync("wang");

        var member = Assert.Single(group.Members);
        Assert.Equal(("wang", PlanRoles.Leader), (member.UserId, member.Role));
        Assert.Single(await server.EventsAsync(RecordKinds.GroupCreated), e => e.GroupId == group.Id && e.UserId == "wang");
    }

    [Fact]
    public async Task Create_MissingFields_IsBadRequest()
    {
        var status = await server.StatusAsync("wang", HttpMethod.Post, PlanRoutes.Groups, new CreateGroupRequest("", "实验中学", "语文", "七年级"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task List_ShowsMyGroups_AndAdminSeesAll()
    {
        var mine = await server.GroupAsync("li", "zhang");
        var theirs = await server.GroupAsync("zhao");

        var (_, forZhang) = await server.SendAsync<GroupDto[]>("zhang", HttpMethod.Get, PlanRoutes.Groups);
        var (_, forAdmin) = await server.SendAsync<GroupDto[]>(PlansServer.Admin, HttpMethod.Get, PlanRoutes.Groups);

        Assert.Equal([mine.Id], forZhang!.Select(g => g.Id));
        Assert.Equal(new[] { mine.Id, theirs.Id }.Order(), forAdmin!.Select(g => g.Id).Order());
    }

    [Fact]
    public async Task Get_StrangerOrMalformedId_IsNotFound()
    {
        var group = await server.GroupAsync("li");

        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("stranger", HttpMethod.Get, PlanRoutes.Group(group.Id)));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("li", HttpMethod.Get, PlanRoutes.Group("../x")));
        Assert.Equal(HttpStatusCode.OK, await server.StatusAsync(PlansServer.Admin, HttpMethod.Get, PlanRoutes.Group(group.Id)));
    }

    [Fact]
    public async Task SetMember_OnlyLeaders_WithAValidRole()
    {
        var group = await server.GroupAsync("li", "zhang");

        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync("zhang", HttpMethod.Put, PlanRoutes.GroupMember(group.Id, "x"), new SetGroupMemberRequest("X", PlanRoles.Member)));
        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(PlansServer.Admin, HttpMethod.Put, PlanRoutes.GroupMember(group.Id, "x"), new SetGroupMemberRequest("X", PlanRoles.Member)));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("stranger", HttpMethod.Put, PlanRoutes.GroupMember(group.Id, "x"), new SetGroupMemberRequest("X", PlanRoles.Member)));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync("li", HttpMethod.Put, PlanRoutes.GroupMember(group.Id, "x"), new SetGroupMemberRequest("X", "observer")));

        await server.SetMemberAsync("li", group.Id, "zhang", PlanRoles.Leader);
        var (_, updated) = await server.SendAsync<GroupDto>("zhang", HttpMethod.Get, PlanRoutes.Group(group.Id));
        Assert.Equal(PlanRoles.Leader, updated!.Members.Single(m => m.UserId == "zhang").Role);
        Assert.Equal(2, (await server.EventsAsync(RecordKinds.GroupMemberSet)).Count(e => e.GroupId == group.Id));
    }

    [Fact]
    public async Task SetMember_DemotingTheLastLeader_IsConflict()
    {
        var group = await server.GroupAsync("li");

        var status = await server.StatusAsync("li", HttpMethod.Put, PlanRoutes.GroupMember(group.Id, "li"), new SetGroupMemberRequest("李", PlanRoles.Member));

        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task SetMember_TenConcurrentAdds_AllLand()
    {
        var group = await server.GroupAsync("li");

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => server.SetMemberAsync("li", group.Id, $"t{i}", PlanRoles.Member)));

        var (_, stored) = await server.SendAsync<GroupDto>("li", HttpMethod.Get, PlanRoutes.Group(group.Id));
        Assert.Equal(11, stored!.Members.Count);
    }
}
