using System.Globalization;
using System.Text;

namespace LessonStudy.Server.Features.Exports;

/// <summary>
/// The README.md inside the zip, written from the same table definitions as the files, so that every table
/// and column the zip holds is described there (name, type, meaning) and nothing else is.
/// </summary>
public static class DatasetReadme
{
    public static string Build(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# LessonStudy research dataset — {dataset.Title}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Scope: {dataset.Scope} `{dataset.ScopeId}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Exported at: {dataset.ExportedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} by `{dataset.ExportedBy}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Dataset schema version: {Dataset.SchemaVersion}");
        text.AppendLine();
        text.AppendLine("Every table is here twice, with the same rows and columns: `jsonl/{table}.jsonl` (one JSON object per line,");
        text.AppendLine("UTF-8, instants as ISO 8601 UTC strings) and `parquet/{table}.parquet` (one row group; every column optional;");
        text.AppendLine("instants as TIMESTAMP(MILLIS, UTC)). Read them without the server, for example:");
        text.AppendLine();
        text.AppendLine("```");
        text.AppendLine("pandas:  pd.read_parquet('parquet/comments.parquet')   or   pd.read_json('jsonl/comments.jsonl', lines=True)");
        text.AppendLine("DuckDB:  SELECT category, count(*) FROM 'parquet/comments.parquet' GROUP BY category;");
        text.AppendLine("Spark:   spark.read.parquet('parquet/')  (one folder per table works too)");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("IDs are 32 lowercase hex digits (time-ordered); user IDs are as the sign-in gives them. Stages are");
        text.AppendLine("`draft` 个人初备, `discussion` 集体研讨, `revision` 修正, `tracking` 跟踪, `exchange` 交流, `final` 定稿. Comment");
        text.AppendLine("categories are `highlight` 亮点, `weakness` 不足, `suggestion` 建议; dispositions `adopted` 采纳, `rejected` 不采纳,");
        text.AppendLine("`deferred` 暂缓. Character counts are UTF-16 code units, as the editor counts them.");
        text.AppendLine();
        text.AppendLine("## Tables");
        text.AppendLine();
        foreach (var table in dataset.Tables)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- [`{table.Name}`](#{table.Name}) — {table.Rows.Count} rows: {table.Definition.Meaning}");
        }

        foreach (var table in dataset.Tables)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {table.Name}");
            text.AppendLine();
            text.AppendLine(table.Definition.Meaning);
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Files: `jsonl/{table.Name}.jsonl`, `parquet/{table.Name}.parquet`.");
            text.AppendLine();
            text.AppendLine("| column | type | meaning |");
            text.AppendLine("|---|---|---|");
            foreach (var column in table.Columns)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{column.Name}` | {column.TypeName} | {column.Meaning.Replace("|", "\\|", StringComparison.Ordinal)} |");
            }
        }

        return text.ToString();
    }
}
