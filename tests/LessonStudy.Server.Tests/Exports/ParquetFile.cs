using Parquet;
using Parquet.Schema;

namespace LessonStudy.Server.Tests.Exports;

/// <summary>A Parquet file read back with Parquet.Net, as an analyst's tool would: its fields and its rows.</summary>
internal sealed record ParquetFile(IReadOnlyList<DataField> Fields, IReadOnlyList<object?[]> Rows)
{
    public IReadOnlyList<string> ColumnNames => [.. Fields.Select(f => f.Name)];

    public IEnumerable<object?> Column(string name)
    {
        var index = Fields.Select((f, i) => (f, i)).Single(x => x.f.Name == name).i;
        return Rows.Select(r => r[index]);
    }

    /// <summary>The rows as name → value, for checking one row.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Records =>
        [.. Rows.Select(r => (IReadOnlyDictionary<string, object?>)Fields.Select((f, i) => (f.Name, r[i])).ToDictionary(x => x.Name, x => x.Item2))];

    public static async Task<ParquetFile> ReadAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<object?[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var columns = new List<object?[]>();
            foreach (var field in fields)
            {
                columns.Add(await ReadColumnAsync(group, field, count));
            }

            for (var r = 0; r < count; r++)
            {
                rows.Add([.. columns.Select(c => c[r])]);
            }
        }

        return new ParquetFile(fields, rows);
    }

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[count];
            await group.ReadAsync(field, values.AsMemory()!);
            return [.. values];
        }

        if (field.ClrType == typeof(int))
        {
            return await NullableAsync<int>(group, field, count);
        }

        if (field.ClrType == typeof(long))
        {
            return await NullableAsync<long>(group, field, count);
        }

        if (field.ClrType == typeof(double))
        {
            return await NullableAsync<double>(group, field, count);
        }

        if (field.ClrType == typeof(bool))
        {
            return await NullableAsync<bool>(group, field, count);
        }

        if (field.ClrType == typeof(DateTime))
        {
            return await NullableAsync<DateTime>(group, field, count);
        }

        throw new InvalidOperationException($"Column {field.Name} has an unexpected type {field.ClrType}.");
    }

    private static async Task<object?[]> NullableAsync<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync<T>(field, values.AsMemory());
        return [.. values.Select(v => v.HasValue ? (object)v.Value : null)];
    }
}
