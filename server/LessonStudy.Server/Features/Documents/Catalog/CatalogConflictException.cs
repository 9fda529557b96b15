namespace LessonStudy.Server.Features.Documents.Catalog;

/// <summary>A read-modify-write lost to concurrent writers more often than it retries; nothing was written.</summary>
public sealed class CatalogConflictException : Exception
{
    public CatalogConflictException() { }
    public CatalogConflictException(string message) : base(message) { }
    public CatalogConflictException(string message, Exception inner) : base(message, inner) { }
}
