using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Crdt;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Tests.Collaboration;
using Microsoft.AspNetCore.SignalR.Client;

namespace LessonStudy.Server.Tests.Plans;

public class PlanWorkflowTests : IAsyncLifetime
{
    private PlansServer server = null!;

    public async Task InitializeAsync() => server = await PlansServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task WholeCycle_TwoRoundsToFinal_FreezesNamedVersionsWithWhoChangedWhat()
    {
        var group = await server.GroupAsync("lead", "teach", "mem");
        var plan = await server.PlanAsync("lead", group.Id, "teach", "背影");
        var template = PlanTemplate.Markdown("背影");
        var (teacher, _) = await PlanHub.JoinAsync(server, "teach", plan, template);
        await using var _t = teacher;
        var (member, join) = await PlanHub.JoinAsync(server, "mem", plan, template);
        await using var _m = member;
        Assert.False(join.CanEdit);
        var planEvents = new List<PlanEventDto>();
        member.Connection.On<PlanEventDto>(CollabRoutes.PlanEvent, e => { lock (planEvents) { planEvents.Add(e); } });

        await PlanHub.AppendAsync(teacher, plan.DocumentId, "初备：朗读课文。");
        await server.MoveAsync("teach", plan.Id, PlanStages.Discussion);
        await Eventually.TrueAsync(() => member.RightsChanges.Any(r => r.CanEdit), "the member to be told it may edit in 集体研讨");
        await PlanHub.AppendAsync(member, plan.DocumentId, "研讨：加入品读父亲背影的段落。");
        await server.MoveAsync("lead", plan.Id, PlanStages.Revision);

        server.Suggestions.Set(plan.Id, 2);
        var (status, problem) = await ProblemAsync("teach", plan.Id, new TransitionRequest(PlanStages.Tracking));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(2, problem.GetProperty(TransitionEndpoints.UndisposedExtension).GetInt32());
        var tracking = await server.MoveAsync("teach", plan.Id, PlanStages.Tracking, confirm: true);
        Assert.Equal((true, 2), (tracking.Transitions[^1].ConfirmedUndisposed, tracking.Transitions[^1].UndisposedSuggestions));

        await server.MoveAsync("teach", plan.Id, PlanStages.Exchange);
        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync("teach", HttpMethod.Post, PlanRoutes.Transitions(plan.Id), new TransitionRequest(PlanStages.Revision)));
        var round2 = await server.MoveAsync("lead", plan.Id, PlanStages.Revision);
        Assert.Equal(2, round2.Round);
        server.Suggestions.Set(plan.Id, 0);
        await PlanHub.AppendAsync(teacher, plan.DocumentId, "修正：删去多余的导入。");
        var second = await server.MoveAsync("teach", plan.Id, PlanStages.Tracking);
        Assert.Equal((false, 0), (second.Transitions[^1].ConfirmedUndisposed, second.Transitions[^1].UndisposedSuggestions));
        await server.MoveAsync("lead", plan.Id, PlanStages.Exchange);
        var final = await server.MoveAsync("lead", plan.Id, PlanStages.Final);

        Assert.Equal((PlanStages.Final, 2), (final.Stage, final.Round));
        Assert.Empty(final.MyRights.Transitions);
        Assert.Equal(8, final.Transitions.Count);
        var versions = (await server.SendAsync<VersionSummaryDto[]>("mem", HttpMethod.Get, VersionRoutes.Versions(plan.Id))).Body!;
        Assert.Equal(
            ["第1轮·初备稿", "第1轮·集体研讨稿", "第1轮·授课版", "第1轮·听课后", "第1轮·交流稿", "第2轮·授课版", "第2轮·听课后", "定稿"],
            versions.Select(v => v.Name));
        Assert.Equal(final.Transitions.Select(t => t.VersionId), versions.Select(v => (string?)v.Id));
        Assert.Equal([new MemberChangeDto("teach", "初备：朗读课文。".Length, 0)], versions[0].ChangesSincePrevious);
        Assert.Equal([new MemberChangeDto("mem", "研讨：加入品读父亲背影的段落。".Length, 0)], versions[1].ChangesSincePrevious);
        Assert.Empty(versions[2].ChangesSincePrevious);
        Assert.Equal([new MemberChangeDto("teach", "修正：删去多余的导入。".Length, 0)], versions[5].ChangesSincePrevious);
        Assert.Equal(versions[^2].Id, versions[^1].PreviousVersionId);

        var (_, finalVersion) = await server.SendAsync<VersionDto>("admin", HttpMethod.Get, VersionRoutes.Version(plan.Id, versions[^1].Id));
        var expected = template + "初备：朗读课文。研讨：加入品读父亲背影的段落。修正：删去多余的导入。";
        Assert.Equal(expected, finalVersion!.Markdown);
        Assert.Equal(expected.Length, finalVersion.Authorship.Sum(r => r.Length));
        Assert.Equal("研讨：加入品读父亲背影的段落。".Length, finalVersion.Authorship.Where(r => r.UserId == "mem").Sum(r => r.Length));
        Assert.Equal(template.Length, finalVersion.Authorship[0].Length);

        Assert.Equal(8, (await server.EventsAsync(RecordKinds.Transition, plan.Id)).Count);
        Assert.Equal(8, (await server.EventsAsync(RecordKinds.VersionFrozen, plan.Id)).Count);
        await Eventually.TrueAsync(() => { lock (planEvents) { return planEvents.Count(e => e.Kind == PlanEventKinds.Stage) == 8; } }, "eight stage events on the member's connection");
    }

    [Fact]
    public async Task VersionState_IsTheDocumentAsAV1Update()
    {
        var group = await server.GroupAsync("lead", "teach");
        var plan = await server.PlanAsync("lead", group.Id, "teach", "春");
        await server.MoveAsync("teach", plan.Id, PlanStages.Discussion);
        var versionId = (await server.GetPlanAsync("teach", plan.Id)).Transitions[0].VersionId!;

        using var http = await server.ClientAsync("teach");
        using var response = await http.GetAsync(VersionRoutes.State(plan.Id, versionId));
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        var doc = new Doc();
        doc.ApplyUpdate(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(PlanTemplate.Markdown("春"), doc.GetText("content").ToString());
    }

    [Fact]
    public async Task Move_ToAStageThatIsNotNext_IsConflict_AndUnknownStageIsBadRequest()
    {
        var group = await server.GroupAsync("lead", "teach");
        var plan = await server.PlanAsync("lead", group.Id, "teach");

        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync("teach", HttpMethod.Post, PlanRoutes.Transitions(plan.Id), new TransitionRequest(PlanStages.Tracking)));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync("teach", HttpMethod.Post, PlanRoutes.Transitions(plan.Id), new TransitionRequest("done")));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync("stranger", HttpMethod.Post, PlanRoutes.Transitions(plan.Id), new TransitionRequest(PlanStages.Discussion)));
    }

    [Fact]
    public async Task Move_TwoConcurrentTransitions_OneWinsTheOtherConflicts_AndOneVersionRemains()
    {
        var group = await server.GroupAsync("lead", "teach");
        var plan = await server.PlanAsync("lead", group.Id, "teach");

        var statuses = await Task.WhenAll(
            server.StatusAsync("teach", HttpMethod.Post, PlanRoutes.Transitions(plan.Id), new TransitionRequest(PlanStages.Discussion)),
            server.StatusAsync("lead", HttpMethod.Post, PlanRoutes.Transitions(plan.Id), new TransitionRequest(PlanStages.Discussion)));

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }.Order(), statuses.Order());
        var stored = await server.GetPlanAsync("teach", plan.Id);
        Assert.Single(stored.Transitions);
        var (_, versions) = await server.SendAsync<VersionSummaryDto[]>("teach", HttpMethod.Get, VersionRoutes.Versions(plan.Id));
        Assert.Equal([stored.Transitions[0].VersionId], versions!.Select(v => (string?)v.Id));
    }

    private async Task<(HttpStatusCode Status, JsonElement Problem)> ProblemAsync(string userId, string planId, TransitionRequest request)
    {
        using var http = await server.ClientAsync(userId);
        using var response = await http.PostAsJsonAsync(PlanRoutes.Transitions(planId), request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
