using System.Text.Json;
using System.Text.Json.Serialization;

namespace LessonStudy.Server.Features.Documents.Catalog;

/// <summary>JSON of the catalog's blobs: camelCase, as analysts read them.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DocumentRecord))]
[JsonSerializable(typeof(UserDocumentIndex))]
internal sealed partial class CatalogJson : JsonSerializerContext;
