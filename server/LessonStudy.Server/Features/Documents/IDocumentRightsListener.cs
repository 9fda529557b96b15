namespace LessonStudy.Server.Features.Documents;

/// <summary>
/// Told when who may do what with a document may have changed (members added, a stage change), so that
/// open connections get their new rights at once. The collaboration rooms implement it.
/// </summary>
public interface IDocumentRightsListener
{
    Task RightsChangedAsync(string documentId, CancellationToken cancellationToken);
}
