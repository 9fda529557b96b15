using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using LessonStudy.Server.Features.Exports;

namespace LessonStudy.Server.Tests.Exports;

/// <summary>
/// A downloaded dataset zip, opened as an analyst would: the README, the manifest, and each table read
/// twice — its JSON lines parsed, its Parquet file read back with Parquet.Net — and checked to agree
/// value by value before any test looks at it.
/// </summary>
internal sealed class DatasetArchive
{
    private readonly Dictionary<string, byte[]> entries;

    private DatasetArchive(Dictionary<string, byte[]> entries)
    {
        this.entries = entries;
    }

    public IReadOnlyCollection<string> EntryNames => entries.Keys;

    public string Readme => Encoding.UTF8.GetString(entries[DatasetZip.ReadmeEntry]);

    public JsonDocument Manifest => JsonDocument.Parse(entries[DatasetZip.ManifestEntry]);

    public static DatasetArchive Open(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return new DatasetArchive(entries);
    }

    /// <summary>The table's rows (name → value, as Parquet.Net reads them), after checking that the JSON lines hold the same.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> TableAsync(string name)
    {
        var parquet = await ParquetFile.ReadAsync(entries[DatasetZip.ParquetEntry(name)]);
        var lines = Encoding.UTF8.GetString(entries[DatasetZip.JsonLinesEntry(name)]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(parquet.Rows.Count, lines.Length);
        for (var r = 0; r < lines.Length; r++)
        {
            using var json = JsonDocument.Parse(lines[r]);
            Assert.Equal(parquet.ColumnNames, json.RootElement.EnumerateObject().Select(p => p.Name));
            for (var c = 0; c < parquet.Fields.Count; c++)
            {
                var expected = parquet.Rows[r][c];
                var actual = FromJson(json.RootElement.GetProperty(parquet.Fields[c].Name), expected);
                Assert.True(Equals(expected, actual), $"{name} row {r} column {parquet.Fields[c].Name}: Parquet {expected}, JSON lines {actual}");
            }
        }

        return parquet.Records;
    }

    private static object? FromJson(JsonElement value, object? like) => value.ValueKind == JsonValueKind.Null ? null : like switch
    {
        int => value.GetInt32(),
        long => value.GetInt64(),
        double => value.GetDouble(),
        bool => value.GetBoolean(),
        DateTime => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
    };
}
