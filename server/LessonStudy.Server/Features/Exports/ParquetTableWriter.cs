using Parquet;
using Parquet.Schema;

namespace LessonStudy.Server.Features.Exports;

/// <summary>
/// A dataset table as one Parquet file (Parquet.Net): one row group, every column optional, strings as
/// UTF-8, instants as TIMESTAMP(MILLIS, UTC) so pandas, DuckDB and Spark read them as UTC times.
/// </summary>
public static class ParquetTableWriter
{
    public static async Task WriteAsync(DatasetTable table, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var fields = table.Columns.Select(FieldOf).ToList();
        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var rowGroup = writer.CreateRowGroup();
        for (var c = 0; c < fields.Count; c++)
        {
            var field = fields[c];
            var column = c;
            switch (table.Columns[c].Type)
            {
                case DatasetType.Text:
                    await rowGroup.WriteAsync(field, table.Rows.Select(r => (string?)r[column]).ToArray()).ConfigureAwait(false);
                    break;
                case DatasetType.Int:
                    await rowGroup.WriteAsync<int>(field, Values<int>(table, column), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case DatasetType.Long:
                    await rowGroup.WriteAsync<long>(field, Values<long>(table, column), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case DatasetType.Real:
                    await rowGroup.WriteAsync<double>(field, Values<double>(table, column), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case DatasetType.Bool:
                    await rowGroup.WriteAsync<bool>(field, Values<bool>(table, column), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    var instants = table.Rows.Select(r => r[column] is DateTimeOffset at ? at.UtcDateTime : (DateTime?)null).ToArray();
                    await rowGroup.WriteAsync<DateTime>(field, instants, cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        rowGroup.CompleteValidate();
    }

    private static DataField FieldOf(DatasetColumn column) => column.Type switch
    {
        DatasetType.Text => new DataField<string>(column.Name, nullable: true),
        DatasetType.Int => new DataField<int?>(column.Name, nullable: true),
        DatasetType.Long => new DataField<long?>(column.Name, nullable: true),
        DatasetType.Real => new DataField<double?>(column.Name, nullable: true),
        DatasetType.Bool => new DataField<bool?>(column.Name, nullable: true),
        _ => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true),
    };

    private static T?[] Values<T>(DatasetTable table, int column)
        where T : struct =>
        table.Rows.Select(r => r[column] is T value ? value : (T?)null).ToArray();
}
