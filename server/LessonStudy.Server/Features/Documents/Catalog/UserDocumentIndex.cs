namespace LessonStudy.Server.Features.Documents.Catalog;

/// <summary>
/// The blob <c>users/{sha256(userId) hex}/documents.json</c> (schema version 1): the IDs of documents a user
/// owns or was given, so that listing one user's documents reads that user's documents only, not the whole
/// catalog. It is a superset hint: written before the document record, and every listed ID is checked
/// against its record, so a crash between the two writes leaves a stale entry that listing skips, never a
/// missing one.
/// </summary>
public sealed record UserDocumentIndex(int SchemaVersion, string UserId, IReadOnlyList<string> DocumentIds)
{
    public const int CurrentSchemaVersion = 1;
}
