using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace LessonStudy.Server.Features.Exports;

/// <summary>
/// The zip a dataset is downloaded as: <c>README.md</c>, <c>manifest.json</c> (scope, time, tables with
/// row counts), <c>jsonl/{table}.jsonl</c> and <c>parquet/{table}.parquet</c> for every table.
/// </summary>
public static class DatasetZip
{
    public const string ReadmeEntry = "README.md";
    public const string ManifestEntry = "manifest.json";

    private static readonly JsonSerializerOptions ManifestOptions =
        new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string JsonLinesEntry(string table) => $"jsonl/{table}.jsonl";

    public static string ParquetEntry(string table) => $"parquet/{table}.parquet";

    public static async Task WriteAsync(Dataset dataset, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddAsync(zip, ReadmeEntry, Encoding.UTF8.GetBytes(DatasetReadme.Build(dataset)), cancellationToken).ConfigureAwait(false);
        await AddAsync(zip, ManifestEntry, Manifest(dataset), cancellationToken).ConfigureAwait(false);
        foreach (var table in dataset.Tables)
        {
            using (var lines = new MemoryStream())
            {
                JsonLinesTableWriter.Write(table, lines);
                await AddAsync(zip, JsonLinesEntry(table.Name), lines.ToArray(), cancellationToken).ConfigureAwait(false);
            }

            // Parquet.Net writes its footer after seeking; a zip entry's stream cannot seek.
            using var parquet = new MemoryStream();
            await ParquetTableWriter.WriteAsync(table, parquet, cancellationToken).ConfigureAwait(false);
            await AddAsync(zip, ParquetEntry(table.Name), parquet.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        }
    }

    private static byte[] Manifest(Dataset dataset) => JsonSerializer.SerializeToUtf8Bytes(
        new
        {
            schemaVersion = Dataset.SchemaVersion,
            scope = dataset.Scope,
            scopeId = dataset.ScopeId,
            title = dataset.Title,
            exportedAt = dataset.ExportedAt,
            exportedBy = dataset.ExportedBy,
            tables = dataset.Tables.Select(t => new
            {
                name = t.Name,
                rows = t.Rows.Count,
                jsonl = JsonLinesEntry(t.Name),
                parquet = ParquetEntry(t.Name),
                columns = t.Columns.Select(c => new { name = c.Name, type = c.TypeKey }),
            }),
        },
        ManifestOptions);
}
