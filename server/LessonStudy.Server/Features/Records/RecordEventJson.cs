using System.Text.Json;

namespace LessonStudy.Server.Features.Records;

/// <summary>
/// One event as one line of UTF-8 JSON (camelCase, <c>data</c> kept as it was written) and back. The
/// same options serialise an event's <c>data</c>, so producers' records appear with their own field names.
/// </summary>
internal static class RecordEventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static byte[] ToLine(RecordEvent recordEvent)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(recordEvent, Options);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        return line;
    }

    /// <summary>The event on one line (without its newline), or null when the line is not a whole event.</summary>
    public static RecordEvent? FromLine(ReadOnlySpan<byte> line)
    {
        try
        {
            var recordEvent = JsonSerializer.Deserialize<RecordEvent>(line, Options);
            return recordEvent is { Id: not null, Kind: not null, UserId: not null } ? recordEvent : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static JsonElement ToData(object? data) => data switch
    {
        null => JsonSerializer.SerializeToElement(new { }, Options),
        JsonElement element => element.Clone(),
        _ => JsonSerializer.SerializeToElement(data, data.GetType(), Options),
    };
}
