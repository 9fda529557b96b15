using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Tests.Plans;

namespace LessonStudy.Server.Tests.Library;

public class LibraryEndpointsTests : IAsyncLifetime
{
    private PlansServer server = null!;

    public async Task InitializeAsync() => server = await PlansServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private async Task<PlanDto> FinalPlanAsync(string groupId, string title, string text)
    {
        var plan = await server.PlanAsync("lead", groupId, "teach", title);
        var (peer, _) = await PlanHub.JoinAsync(server, "teach", plan, Server.Features.Plans.PlanTemplate.Markdown(title));
        await using (peer)
        {
            await PlanHub.AppendAsync(peer, plan.DocumentId, text);
        }

        return await server.FinalizeAsync("lead", plan.Id);
    }

    private async Task<string[]> SearchAsync(string userId, string? subject = null, string? grade = null, string? q = null)
    {
        var (status, entries) = await server.SendAsync<LibraryEntryDto[]>(userId, HttpMethod.Get, LibraryRoutes.Search(subject, grade, q));
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. entries!.Select(e => e.Title)];
    }

    [Fact]
    public async Task Search_FindsFinalPlansBySubjectGradeTitleAndText_AnySignedInUser()
    {
        var group = await server.GroupAsync("lead", "teach");
        await FinalPlanAsync(group.Id, "背影", "细读父亲爬月台的动作描写。");
        await FinalPlanAsync(group.Id, "春", "朗读感受春风 Spring 的比喻。");
        await server.PlanAsync("lead", group.Id, "teach", "济南的冬天"); // in 个人初备: never in the library

        Assert.Equal(new[] { "春", "背影" }, (await SearchAsync("stranger")).Order());
        Assert.Equal(["背影"], await SearchAsync("stranger", q: "月台"));
        Assert.Equal(["春"], await SearchAsync("stranger", q: "spring 比喻"));
        Assert.Equal(["背影"], await SearchAsync("stranger", q: "背影"));
        Assert.Empty(await SearchAsync("stranger", q: "月台 比喻"));
        Assert.Equal(2, (await SearchAsync("stranger", subject: "语文", grade: "七年级")).Length);
        Assert.Empty(await SearchAsync("stranger", subject: "数学"));
        Assert.Empty(await SearchAsync("stranger", q: "济南"));
    }

    [Fact]
    public async Task Get_FinalPlan_ReturnsItsFinalText_AndNotFoundForPlansInProgress()
    {
        var group = await server.GroupAsync("lead", "teach");
        var final = await FinalPlanAsync(group.Id, "背影", "细读。");
        var draft = await server.PlanAsync("lead", group.Id, "teach", "春");

        var (status, entry) = await server.SendAsync<LibraryPlanDto>("stranger", HttpMethod.Get, LibraryRoutes.Plan(final.Id));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.EndsWith("细读。", entry!.Markdown, StringComparison.Ordinal);
        Assert.Equal(("初一语文备课组", "teach"), (entry.Entry.GroupName, entry.Entry.Teacher.UserId));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("stranger", HttpMethod.Get, LibraryRoutes.Plan(draft.Id)));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("stranger", HttpMethod.Get, LibraryRoutes.Plan("nope")));
    }

    [Fact]
    public async Task CreatePlan_CopyFromAFinalPlan_StartsWithItsFinalText_ButNotFromAPlanInProgress()
    {
        var group = await server.GroupAsync("lead", "teach");
        var other = await server.GroupAsync("zhou", "wu");
        var final = await FinalPlanAsync(group.Id, "背影", "细读父亲的背影。");
        var draft = await server.PlanAsync("lead", group.Id, "teach", "春");

        var copy = await server.PlanAsync("zhou", other.Id, "wu", "背影", copyFrom: final.Id);
        var refused = await server.StatusAsync("zhou", HttpMethod.Post, PlanRoutes.GroupPlans(other.Id), new CreatePlanRequest("春", "wu", CopyFromPlanId: draft.Id));

        var (peer, _) = await PlanHub.JoinAsync(server, "wu", copy, PlanTemplateText("背影") + "细读父亲的背影。");
        await peer.DisposeAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal(PlanStages.Draft, copy.Stage);
    }

    private static string PlanTemplateText(string title) => Server.Features.Plans.PlanTemplate.Markdown(title);
}
