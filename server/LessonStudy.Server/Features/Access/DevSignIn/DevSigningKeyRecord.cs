using System.Text.Json;
using System.Text.Json.Serialization;

namespace LessonStudy.Server.Features.Access.DevSignIn;

/// <summary>
/// The blob <c>system/dev-signing-key.json</c> (schema version 1): the development sign-in's HMAC key,
/// kept in storage so that tokens survive a server restart on the same storage.
/// </summary>
public sealed record DevSigningKeyRecord(int SchemaVersion, string Algorithm, string Key, DateTimeOffset CreatedAt)
{
    public const int CurrentSchemaVersion = 1;
    public const string HmacSha256 = "HS256";
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DevSigningKeyRecord))]
internal sealed partial class DevSigningKeyJson : JsonSerializerContext;
