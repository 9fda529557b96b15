using LessonStudy.Contracts.Collaboration;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Plans;

public class PlanRightsSourceTests : IAsyncLifetime
{
    private PlansServer server = null!;

    public async Task InitializeAsync() => server = await PlansServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private IDocumentAccessPolicy Policy => server.Server.Services.GetRequiredService<IDocumentAccessPolicy>();

    private async Task<PlanRecord> PlanAsync(PlanStage stage)
    {
        var now = DateTimeOffset.UtcNow;
        var group = await server.Store.CreateGroupAsync(
            new GroupRecord(GroupRecord.CurrentSchemaVersion, ResourceId.New(), "组", "校", "语文", "七年级",
                [new("lead", "组长", PlanRole.Leader, now), new("mem", "组员", PlanRole.Member, now), new("teach", "执教", PlanRole.Member, now)], now, "lead"),
            CancellationToken.None);
        return await server.Store.CreatePlanAsync(
            new PlanRecord(PlanRecord.CurrentSchemaVersion, ResourceId.New(), group.Id, "春", "语文", "七年级", "第1课时", "teach", "执教",
                ResourceId.New(), stage, 2, [new PlanObserverRecord("obs", "观课", "teach", now)], [], [], now, "teach", null),
            CancellationToken.None);
    }

    [Theory]
    [InlineData("teach", PlanStage.Discussion, true, true)]
    [InlineData("mem", PlanStage.Discussion, true, true)]
    [InlineData("obs", PlanStage.Discussion, false, true)]
    [InlineData("admin", PlanStage.Discussion, false, false)]
    [InlineData("mem", PlanStage.Revision, false, true)]
    [InlineData("teach", PlanStage.Revision, true, true)]
    [InlineData("teach", PlanStage.Final, false, false)]
    public async Task Decide_PlanDocument_FollowsTheStageTable(string userId, PlanStage stage, bool canEdit, bool canComment)
    {
        var plan = await PlanAsync(stage);

        var rights = await Policy.GetRightsAsync(new UserIdentity(userId, userId), plan.DocumentId, CancellationToken.None);

        Assert.Equal(new DocumentRights(stage.ToWire(), 2, canEdit, canComment), rights);
    }

    [Fact]
    public async Task Decide_PlanDocument_StrangerIsDenied()
    {
        var plan = await PlanAsync(PlanStage.Discussion);

        Assert.Null(await Policy.GetRightsAsync(new UserIdentity("stranger", "s"), plan.DocumentId, CancellationToken.None));
    }

    [Fact]
    public async Task Decide_PlainDocument_Abstains_SoTheCatalogDecides()
    {
        var token = await server.TokenAsync("owner");
        var documentId = await server.Server.CreateDocumentAsync(token, "笔记");

        var rights = await Policy.GetRightsAsync(new UserIdentity("owner", "o"), documentId, CancellationToken.None);

        Assert.Equal(new DocumentRights(DocumentStages.Document, 0, true, true), rights);
    }
}
