namespace LessonStudy.Server.Features.Documents.Catalog;

/// <summary>Configuration section <c>Documents</c>.</summary>
public sealed class DocumentCatalogOptions
{
    public const string Section = "Documents";

    /// <summary>How long a record read from storage is trusted (<c>Documents:CacheTtl</c>, e.g. "00:00:02").</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromSeconds(2);
}
