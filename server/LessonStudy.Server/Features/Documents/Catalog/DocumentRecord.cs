namespace LessonStudy.Server.Features.Documents.Catalog;

/// <summary>
/// The blob <c>documents/{id}/document.json</c> (schema version 1, documented in docs/storage.md): who owns a
/// plain document and whom it is shared with. Written only through ETag-guarded read-modify-write.
/// </summary>
public sealed record DocumentRecord(
    int SchemaVersion,
    string Id,
    string Title,
    string OwnerId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<DocumentMember> Members)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>A document shared with more people than this is a mistake or an attack, not a 备课组.</summary>
    public const int MaxMembers = 500;

    public DocumentMember? FindMember(string userId) => Members.FirstOrDefault(m => m.UserId == userId);
}

/// <summary>One user a document is shared with.</summary>
public sealed record DocumentMember(string UserId, bool CanEdit, DateTimeOffset AddedAt);
