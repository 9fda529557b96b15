using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Features.Documents.Policy;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// The hub's rights for a plan's document: the stage table (<see cref="StageRules"/>) for this user, this plan,
/// this stage. Abstains for plain documents, so their catalog membership decides; denies everyone on a
/// document whose plan cannot be read (also the catalog owner: the plan's roles replace the document's).
/// </summary>
public sealed class PlanRightsSource(IPlanStore store, PlanAccess access) : IDocumentRightsSource
{
    public async ValueTask<RightsDecision> DecideAsync(UserIdentity user, string documentId, CancellationToken cancellationToken)
    {
        if (await store.FindPlanIdByDocumentAsync(documentId, cancellationToken).ConfigureAwait(false) is not { } planId)
        {
            return RightsDecision.Abstain;
        }

        var context = await access.LoadAsync(user, planId, cancellationToken).ConfigureAwait(false);
        if (context is not { CanRead: true })
        {
            return RightsDecision.Deny;
        }

        return RightsDecision.Grant(new DocumentRights(context.Stage.ToWire(), context.Plan.Round, context.CanEdit, context.CanComment));
    }
}
