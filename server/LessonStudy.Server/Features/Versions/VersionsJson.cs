using System.Text.Json;
using System.Text.Json.Serialization;

namespace LessonStudy.Server.Features.Versions;

/// <summary>JSON of version blobs: camelCase; the state (a v1 yjs update) as base64.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(VersionRecord))]
internal sealed partial class VersionsJson : JsonSerializerContext;
