using System.Text.Json;
using System.Text.Json.Serialization;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// JSON of the plan blobs: camelCase, enums as their camelCase names (stages read "discussion", roles
/// "leader"), as analysts read them without the server.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, Converters = [typeof(CamelCaseEnum<PlanStage>), typeof(CamelCaseEnum<PlanRole>)])]
[JsonSerializable(typeof(GroupRecord))]
[JsonSerializable(typeof(PlanRecord))]
[JsonSerializable(typeof(PlanIdIndex))]
[JsonSerializable(typeof(DocumentPlanLink))]
internal sealed partial class PlansJson : JsonSerializerContext;

/// <summary>An enum written as its camelCase name.</summary>
public sealed class CamelCaseEnum<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
