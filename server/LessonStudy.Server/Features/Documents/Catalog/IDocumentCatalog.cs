namespace LessonStudy.Server.Features.Documents.Catalog;

/// <summary>Plain documents: who created them and whom they are shared with.</summary>
public interface IDocumentCatalog
{
    /// <summary>Creates a document owned by <paramref name="ownerId"/> under a fresh ID.</summary>
    Task<DocumentRecord> CreateAsync(string ownerId, string title, CancellationToken cancellationToken);

    /// <summary>The record, or null when there is none. The ID must be valid (<c>ResourceId.IsValid</c>).</summary>
    Task<DocumentRecord?> GetAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="userId"/> as a member or changes their edit right; null when the document does
    /// not exist. Throws <see cref="CatalogConflictException"/> when concurrent writers keep winning.
    /// </summary>
    Task<DocumentRecord?> SetMemberAsync(string documentId, string userId, bool canEdit, CancellationToken cancellationToken);

    /// <summary>The documents <paramref name="userId"/> owns or was given (as far as their records say now).</summary>
    IAsyncEnumerable<DocumentRecord> ListForUserAsync(string userId, CancellationToken cancellationToken);
}
