using System.Security.Cryptography;
using System.Text;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Features.Documents.Catalog;

/// <summary>
/// Blob names of the catalog. Document names are built only from IDs that pass <see cref="ResourceId.IsValid"/>;
/// user IDs are free text (an Entra object ID, a development name), so their index is named by a hash.
/// </summary>
public static class CatalogBlobNames
{
    public static string Document(string documentId) =>
        ResourceId.IsValid(documentId)
            ? $"documents/{documentId}/document.json"
            : throw new ArgumentException("Not a valid document ID.", nameof(documentId));

    public static string UserIndex(string userId) =>
        $"users/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))}/documents.json";
}
