using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// Groups and plans on the blob store (layout in docs/plans.md). Every change is a read-modify-write guarded
/// by the blob's ETag and retried, after a jittered pause, when another writer (thread or node) got there
/// first. Indexes (a group's plans, the 定稿 plans) are written before the record they point to and
/// checked against it when read.
/// </summary>
/// <remarks>
/// Groups are listed by blob prefix and read in batches: a school has tens of 备课组, so that stays cheap
/// and needs no index that could drift. Plans are listed through their group's index, because a school
/// gathers thousands of plans over the years and listing one group must not read them all.
/// Records are not cached (a transition on another node must be seen at once); only the document → plan
/// link is, because it never changes once written.
/// </remarks>
public sealed partial class BlobPlanStore(IBlobStore store, ILogger<BlobPlanStore> logger) : IPlanStore
{
    private const int ListBatchSize = 16;
    private const int MaxCachedLinks = 10_000;

    private readonly ConcurrentDictionary<string, string> planByDocument = new(StringComparer.Ordinal);

    public async Task<GroupRecord> CreateGroupAsync(GroupRecord group, CancellationToken cancellationToken)
    {
        await store.WriteAsync(PlanBlobNames.Group(group.Id), Serialize(group), BlobWriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
        return group;
    }

    public async Task<GroupRecord?> GetGroupAsync(string groupId, CancellationToken cancellationToken)
    {
        var content = await store.ReadAsync(PlanBlobNames.Group(groupId), cancellationToken).ConfigureAwait(false);
        return content is null ? null : ParseGroup(content.Data);
    }

    public Task<GroupRecord?> UpdateGroupAsync(string groupId, Func<GroupRecord, GroupRecord> change, CancellationToken cancellationToken) =>
        UpdateAsync(PlanBlobNames.Group(groupId), ParseGroup, Serialize, change, cancellationToken);

    public async IAsyncEnumerable<GroupRecord> ListGroupsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var entry in store.ListAsync(PlanBlobNames.GroupsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (PlanBlobNames.GroupIdOf(entry.Name) is { } id)
            {
                ids.Add(id);
            }
        }

        foreach (var batch in ids.Chunk(ListBatchSize))
        {
            foreach (var group in await Task.WhenAll(batch.Select(id => GetGroupAsync(id, cancellationToken))).ConfigureAwait(false))
            {
                if (group is not null)
                {
                    yield return group;
                }
            }
        }
    }

    public async Task<PlanRecord> CreatePlanAsync(PlanRecord plan, CancellationToken cancellationToken)
    {
        // Links and indexes first: a crash in between leaves hints to a plan that does not exist, which
        // readers skip (and a document nobody may open), never a plan that cannot be listed.
        var link = new DocumentPlanLink(DocumentPlanLink.CurrentSchemaVersion, plan.DocumentId, plan.Id);
        await store.WriteAsync(
            PlanBlobNames.DocumentPlan(plan.DocumentId),
            JsonSerializer.SerializeToUtf8Bytes(link, PlansJson.Default.DocumentPlanLink),
            BlobWriteCondition.IfNotExists,
            cancellationToken).ConfigureAwait(false);
        await AddToIndexAsync(PlanBlobNames.GroupPlans(plan.GroupId), plan.Id, cancellationToken).ConfigureAwait(false);
        await store.WriteAsync(PlanBlobNames.Plan(plan.Id), Serialize(plan), BlobWriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
        RememberLink(plan.DocumentId, plan.Id);
        return plan;
    }

    public async Task<PlanRecord?> GetPlanAsync(string planId, CancellationToken cancellationToken)
    {
        var content = await store.ReadAsync(PlanBlobNames.Plan(planId), cancellationToken).ConfigureAwait(false);
        return content is null ? null : ParsePlan(content.Data);
    }

    public async Task<string?> FindPlanIdByDocumentAsync(string documentId, CancellationToken cancellationToken)
    {
        if (planByDocument.TryGetValue(documentId, out var cached))
        {
            return cached;
        }

        var content = await store.ReadAsync(PlanBlobNames.DocumentPlan(documentId), cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return null;
        }

        var link = Parse(content.Data, PlansJson.Default.DocumentPlanLink, DocumentPlanLink.CurrentSchemaVersion, l => l.SchemaVersion);
        if (link.DocumentId != documentId || !ResourceId.IsValid(link.PlanId))
        {
            throw new InvalidDataException($"The plan link of document {documentId} does not match its name.");
        }

        RememberLink(documentId, link.PlanId);
        return link.PlanId;
    }

    public Task<PlanRecord?> UpdatePlanAsync(string planId, Func<PlanRecord, PlanRecord> change, CancellationToken cancellationToken) =>
        UpdateAsync(PlanBlobNames.Plan(planId), ParsePlan, Serialize, change, cancellationToken, BeforePlanWriteAsync);

    /// <summary>A plan about to turn 定稿 enters the library hint first (idempotent, so retries may repeat it).</summary>
    private async Task BeforePlanWriteAsync(PlanRecord current, PlanRecord next, CancellationToken cancellationToken)
    {
        if (next.Stage == PlanStage.Final && current.Stage != PlanStage.Final)
        {
            await AddToIndexAsync(PlanBlobNames.FinalPlans, next.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    public IAsyncEnumerable<PlanRecord> ListPlansAsync(string groupId, CancellationToken cancellationToken) =>
        ListIndexedPlansAsync(PlanBlobNames.GroupPlans(groupId), plan => plan.GroupId == groupId, cancellationToken);

    public IAsyncEnumerable<PlanRecord> ListFinalPlansAsync(CancellationToken cancellationToken) =>
        ListIndexedPlansAsync(PlanBlobNames.FinalPlans, plan => plan.Stage == PlanStage.Final, cancellationToken);

    private async IAsyncEnumerable<PlanRecord> ListIndexedPlansAsync(
        string indexName, Func<PlanRecord, bool> belongs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var content = await store.ReadAsync(indexName, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            yield break;
        }

        var ids = ParseIndex(content.Data).PlanIds.Where(ResourceId.IsValid).Distinct(StringComparer.Ordinal).ToList();
        foreach (var batch in ids.Chunk(ListBatchSize))
        {
            foreach (var plan in await Task.WhenAll(batch.Select(id => GetPlanAsync(id, cancellationToken))).ConfigureAwait(false))
            {
                if (plan is not null && belongs(plan))
                {
                    yield return plan;
                }
            }
        }
    }

    private void RememberLink(string documentId, string planId)
    {
        if (planByDocument.Count >= MaxCachedLinks)
        {
            planByDocument.Clear();
        }

        planByDocument[documentId] = planId;
    }
}
