using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Documents.Catalog;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Features.Documents.Policy;

/// <summary>
/// The <see cref="IDocumentAccessPolicy"/>: registered <see cref="IDocumentRightsSource"/>s first (lesson
/// plans plug in there), then the document's membership in the catalog.
/// </summary>
public sealed class DocumentAccessPolicy(IEnumerable<IDocumentRightsSource> sources, IDocumentCatalog catalog) : IDocumentAccessPolicy
{
    private readonly IDocumentRightsSource[] sources = [.. sources];

    public async ValueTask<DocumentRights?> GetRightsAsync(UserIdentity user, string documentId, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsValid(documentId))
        {
            return null;
        }

        foreach (var source in sources)
        {
            var decision = await source.DecideAsync(user, documentId, cancellationToken).ConfigureAwait(false);
            if (decision.Decided)
            {
                return decision.Rights;
            }
        }

        var record = await catalog.GetAsync(documentId, cancellationToken).ConfigureAwait(false);
        return record is null ? null : DocumentMembership.RightsOf(record, user.Id);
    }
}
