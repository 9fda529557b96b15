using System.Text.Json;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Plans;

public class BlobPlanStoreTests : IAsyncLifetime
{
    private PlansServer server = null!;

    public async Task InitializeAsync() => server = await PlansServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static GroupRecord NewGroup() => new(
        GroupRecord.CurrentSchemaVersion, ResourceId.New(), "数学组", "实验中学", "数学", "八年级",
        [new GroupMemberRecord("lead", "组长", PlanRole.Leader, DateTimeOffset.UtcNow)], DateTimeOffset.UtcNow, "lead");

    private static PlanRecord NewPlan(string groupId, PlanStage stage = PlanStage.Draft) => new(
        PlanRecord.CurrentSchemaVersion, ResourceId.New(), groupId, "勾股定理", "数学", "八年级", "第1课时", "lead", "组长",
        ResourceId.New(), stage, 1, [], [], [], DateTimeOffset.UtcNow, "lead", null);

    [Fact]
    public async Task UpdateGroup_TenConcurrentMemberAdds_AllLand()
    {
        var group = await server.Store.CreateGroupAsync(NewGroup(), CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => server.Store.UpdateGroupAsync(
            group.Id,
            g => g with { Members = [.. g.Members, new GroupMemberRecord($"m{i}", $"组员{i}", PlanRole.Member, DateTimeOffset.UtcNow)] },
            CancellationToken.None))));

        var stored = await server.Store.GetGroupAsync(group.Id, CancellationToken.None);
        Assert.Equal(11, stored!.Members.Count);
        Assert.All(Enumerable.Range(0, 10), i => Assert.NotNull(stored.Find($"m{i}")));
    }

    [Fact]
    public async Task UpdatePlan_TwoConcurrentStageChangesFromTheSameStage_ExactlyOneWins()
    {
        var group = await server.Store.CreateGroupAsync(NewGroup(), CancellationToken.None);
        var plan = await server.Store.CreatePlanAsync(NewPlan(group.Id), CancellationToken.None);
        using var start = new Barrier(2);

        async Task<bool> MoveAsync(string by)
        {
            await Task.Yield();
            start.SignalAndWait(TimeSpan.FromSeconds(10));
            try
            {
                await server.Store.UpdatePlanAsync(
                    plan.Id,
                    p => p.Stage == PlanStage.Draft
                        ? p with { Stage = PlanStage.Discussion, Transitions = [.. p.Transitions, new TransitionRecord(PlanStage.Draft, PlanStage.Discussion, 1, by, DateTimeOffset.UtcNow, null, false, 0)] }
                        : throw new PlanRuleException("moved already"),
                    CancellationToken.None);
                return true;
            }
            catch (PlanRuleException)
            {
                return false;
            }
        }

        var results = await Task.WhenAll(Task.Run(() => MoveAsync("a")), Task.Run(() => MoveAsync("b")));

        Assert.Single(results, won => won);
        var stored = await server.Store.GetPlanAsync(plan.Id, CancellationToken.None);
        Assert.Equal(PlanStage.Discussion, stored!.Stage);
        Assert.Single(stored.Transitions);
    }

    [Fact]
    public async Task CreatePlan_IsFoundByDocumentAndListedInItsGroupOnly()
    {
        var group = await server.Store.CreateGroupAsync(NewGroup(), CancellationToken.None);
        var other = await server.Store.CreateGroupAsync(NewGroup(), CancellationToken.None);
        var plan = await server.Store.CreatePlanAsync(NewPlan(group.Id), CancellationToken.None);
        await server.Store.CreatePlanAsync(NewPlan(other.Id), CancellationToken.None);

        Assert.Equal(plan.Id, await server.Store.FindPlanIdByDocumentAsync(plan.DocumentId, CancellationToken.None));
        Assert.Null(await server.Store.FindPlanIdByDocumentAsync(ResourceId.New(), CancellationToken.None));
        var listed = new List<PlanRecord>();
        await foreach (var p in server.Store.ListPlansAsync(group.Id, CancellationToken.None))
        {
            listed.Add(p);
        }

        Assert.Equal([plan.Id], listed.Select(p => p.Id));
    }

    [Fact]
    public async Task ListGroups_ReturnsEveryGroupButNotItsIndexBlobs()
    {
        var a = await server.Store.CreateGroupAsync(NewGroup(), CancellationToken.None);
        var b = await server.Store.CreateGroupAsync(NewGroup(), CancellationToken.None);
        await server.Store.CreatePlanAsync(NewPlan(a.Id), CancellationToken.None); // writes groups/{a}/plans.json

        var ids = new List<string>();
        await foreach (var g in server.Store.ListGroupsAsync(CancellationToken.None))
        {
            ids.Add(g.Id);
        }

        Assert.Equal(new[] { a.Id, b.Id }.Order(), ids.Order());
    }

    [Fact]
    public async Task ListFinalPlans_HoldsPlansThatTurnedFinalOnly()
    {
        var group = await server.Store.CreateGroupAsync(NewGroup(), CancellationToken.None);
        var final = await server.Store.CreatePlanAsync(NewPlan(group.Id, PlanStage.Exchange), CancellationToken.None);
        await server.Store.CreatePlanAsync(NewPlan(group.Id, PlanStage.Exchange), CancellationToken.None);

        await server.Store.UpdatePlanAsync(final.Id, p => p with { Stage = PlanStage.Final }, CancellationToken.None);

        var listed = new List<string>();
        await foreach (var p in server.Store.ListFinalPlansAsync(CancellationToken.None))
        {
            listed.Add(p.Id);
        }

        Assert.Equal([final.Id], listed);
    }

    [Fact]
    public async Task PlanBlob_IsCamelCaseJsonWithSchemaVersionAndWireStageNames()
    {
        var group = await server.Store.CreateGroupAsync(NewGroup(), CancellationToken.None);
        var plan = await server.Store.CreatePlanAsync(NewPlan(group.Id, PlanStage.Discussion), CancellationToken.None);

        var blobs = server.Server.Services.GetRequiredService<IBlobStore>();
        var content = await blobs.ReadAsync($"plans/{plan.Id}/plan.json", CancellationToken.None);
        using var json = JsonDocument.Parse(content!.Data);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("discussion", json.RootElement.GetProperty("stage").GetString());
        var groupJson = await blobs.ReadAsync($"groups/{group.Id}.json", CancellationToken.None);
        using var g = JsonDocument.Parse(groupJson!.Data);
        Assert.Equal("leader", g.RootElement.GetProperty("members")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task UpdatePlan_ChangeThatThrows_WritesNothing()
    {
        var group = await server.Store.CreateGroupAsync(NewGroup(), CancellationToken.None);
        var plan = await server.Store.CreatePlanAsync(NewPlan(group.Id), CancellationToken.None);

        await Assert.ThrowsAsync<PlanRuleException>(() => server.Store.UpdatePlanAsync(plan.Id, _ => throw new PlanRuleException("no"), CancellationToken.None));

        Assert.Equal(plan.Stage, (await server.Store.GetPlanAsync(plan.Id, CancellationToken.None))!.Stage);
        Assert.Null(await server.Store.UpdatePlanAsync(ResourceId.New(), p => p, CancellationToken.None));
    }
}
