using LessonStudy.Server.Features.Access;

namespace LessonStudy.Server.Features.Documents;

/// <summary>
/// The one authorization seam for documents: every hub method and document endpoint asks it. For plain
/// documents the owner and the members decide; lesson plans plug their stage table in here.
/// </summary>
public interface IDocumentAccessPolicy
{
    /// <summary>
    /// The user's rights on the document, or null when the document does not exist or the user may not
    /// read it (one answer for both, so that existence does not leak). The ID is already validated.
    /// </summary>
    ValueTask<DocumentRights?> GetRightsAsync(UserIdentity user, string documentId, CancellationToken cancellationToken);
}
