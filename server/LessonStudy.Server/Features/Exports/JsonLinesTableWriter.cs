using System.Globalization;
using System.Text.Json;

namespace LessonStudy.Server.Features.Exports;

/// <summary>
/// A dataset table as JSON lines: one object per row, keys = column names in order, nulls written out,
/// instants as ISO 8601 UTC with milliseconds ("2026-11-23T03:15:00.000Z"), text as UTF-8 (not escaped).
/// </summary>
public static class JsonLinesTableWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static void Write(DatasetTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var row in table.Rows)
        {
            using (var writer = new Utf8JsonWriter(output, Options))
            {
                writer.WriteStartObject();
                for (var c = 0; c < row.Length; c++)
                {
                    writer.WritePropertyName(table.Columns[c].Name);
                    WriteValue(writer, row[c]);
                }

                writer.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateTimeOffset at:
                writer.WriteStringValue(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} is not a dataset value.", nameof(value));
        }
    }
}
