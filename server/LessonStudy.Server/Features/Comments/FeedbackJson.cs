using System.Text.Json;
using System.Text.Json.Serialization;
using LessonStudy.Server.Features.Observations;
using LessonStudy.Server.Features.Reflections;

namespace LessonStudy.Server.Features.Comments;

/// <summary>JSON of the feedback blobs: camelCase, as analysts read them.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CommentRecord))]
[JsonSerializable(typeof(ObservationRecord))]
[JsonSerializable(typeof(ReflectionRecord))]
internal sealed partial class FeedbackJson : JsonSerializerContext;
