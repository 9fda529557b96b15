using LessonStudy.Contracts.Collaboration;
using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Features.Documents.Catalog;
using LessonStudy.Server.Features.Documents.Policy;
using LessonStudy.TestKit.Server;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Documents.Policy;

/// <summary>The access policy as the hub sees it: membership rules, and plan-aware sources asked first.</summary>
public sealed class DocumentAccessPolicyTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly PlanLikeSource source = new();
    private LoopbackServer? server;

    private IDocumentAccessPolicy Policy => server!.Services.GetRequiredService<IDocumentAccessPolicy>();

    private IDocumentCatalog Catalog => server!.Services.GetRequiredService<IDocumentCatalog>();

    public async Task InitializeAsync() =>
        server = await LoopbackServer.StartAsync(configure: b => b.Services.AddSingleton<IDocumentRightsSource>(source));

    public async Task DisposeAsync() => await server!.DisposeAsync();

    [Fact]
    public async Task Rights_ByMembership_AsSpecified()
    {
        var record = await Catalog.CreateAsync("owner", "t", None);
        await Catalog.SetMemberAsync(record.Id, "editor", canEdit: true, None);
        await Catalog.SetMemberAsync(record.Id, "commenter", canEdit: false, None);

        Assert.Equal(new DocumentRights(DocumentStages.Document, 0, true, true), await RightsAsync("owner", record.Id));
        Assert.Equal(new DocumentRights(DocumentStages.Document, 0, true, true), await RightsAsync("editor", record.Id));
        Assert.Equal(new DocumentRights(DocumentStages.Document, 0, false, true), await RightsAsync("commenter", record.Id));
        Assert.Null(await RightsAsync("stranger", record.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("nope")]
    [InlineData("../documents")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    public async Task Rights_InvalidOrUnknownId_Null(string id) => Assert.Null(await RightsAsync("owner", id));

    [Fact]
    public async Task Rights_SourceDecides_BeforeMembership()
    {
        var granted = await Catalog.CreateAsync("owner", "plan-a", None);
        var denied = await Catalog.CreateAsync("owner", "plan-b", None);
        source.Decisions[granted.Id] = RightsDecision.Grant(new DocumentRights("集体研讨", 1, false, true));
        source.Decisions[denied.Id] = RightsDecision.Deny;

        Assert.Equal(new DocumentRights("集体研讨", 1, false, true), await RightsAsync("owner", granted.Id));
        Assert.Equal(new DocumentRights("集体研讨", 1, false, true), await RightsAsync("stranger", granted.Id));
        Assert.Null(await RightsAsync("owner", denied.Id));
    }

    [Fact]
    public async Task Rights_SourceAbstains_MembershipDecides()
    {
        var record = await Catalog.CreateAsync("owner", "plain", None);

        Assert.True((await RightsAsync("owner", record.Id))!.CanEdit);
        Assert.Contains(record.Id, source.Asked);
    }

    private ValueTask<DocumentRights?> RightsAsync(string userId, string documentId) =>
        Policy.GetRightsAsync(new UserIdentity(userId, userId), documentId, None);

    /// <summary>What a lesson plan's source will do: decide for its own documents, abstain for the rest.</summary>
    private sealed class PlanLikeSource : IDocumentRightsSource
    {
        public Dictionary<string, RightsDecision> Decisions { get; } = [];

        public List<string> Asked { get; } = [];

        public ValueTask<RightsDecision> DecideAsync(UserIdentity user, string documentId, CancellationToken cancellationToken)
        {
            lock (Asked)
            {
                Asked.Add(documentId);
            }

            return ValueTask.FromResult(Decisions.GetValueOrDefault(documentId, RightsDecision.Abstain));
        }
    }
}
