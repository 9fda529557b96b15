using LessonStudy.Server.Features.Exports;
using Parquet.Schema;

namespace LessonStudy.Server.Tests.Exports;

public sealed class ParquetTableWriterTests
{
    private static readonly DatasetTableDefinition Definition = new("sample", "Every type, with nulls.",
    [
        new("text", DatasetType.Text, "text"),
        new("int", DatasetType.Int, "int"),
        new("long", DatasetType.Long, "long"),
        new("real", DatasetType.Real, "real"),
        new("flag", DatasetType.Bool, "flag"),
        new("at", DatasetType.Timestamp, "at"),
    ]);

    [Fact]
    public async Task Write_EveryTypeWithNulls_ReadsBackColumnByColumn()
    {
        var table = Definition.CreateTable();
        var at = new DateTimeOffset(2026, 11, 23, 11, 15, 30, 250, TimeSpan.FromHours(8));
        table.Add("教学目标 ✓", 7, 1L << 40, 0.25, true, at);
        table.Add(null, null, null, null, null, null);
        table.Add("", -1, 0L, double.MaxValue, false, DateTimeOffset.UnixEpoch);

        using var stream = new MemoryStream();
        await ParquetTableWriter.WriteAsync(table, stream, CancellationToken.None);
        var file = await ParquetFile.ReadAsync(stream.ToArray());

        Assert.Equal(["text", "int", "long", "real", "flag", "at"], file.ColumnNames);
        Assert.All(file.Fields, f => Assert.True(f.IsNullable, f.Name));
        var timestamp = Assert.IsType<DateTimeDataField>(file.Fields[5]);
        Assert.True(timestamp.IsAdjustedToUTC);
        Assert.Equal(["教学目标 ✓", null, ""], file.Column("text"));
        Assert.Equal([7, null, -1], file.Column("int"));
        Assert.Equal([1L << 40, null, 0L], file.Column("long"));
        Assert.Equal([0.25, null, double.MaxValue], file.Column("real"));
        Assert.Equal([true, null, false], file.Column("flag"));
        Assert.Equal([at.UtcDateTime, null, DateTime.UnixEpoch], file.Column("at").Select(v => v is DateTime d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : (DateTime?)null).Cast<object?>());
    }

    [Fact]
    public async Task Write_NoRows_GivesAFileWithTheColumns()
    {
        using var stream = new MemoryStream();
        await ParquetTableWriter.WriteAsync(Definition.CreateTable(), stream, CancellationToken.None);

        var file = await ParquetFile.ReadAsync(stream.ToArray());

        Assert.Equal(6, file.Fields.Count);
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void Add_ValueOfTheWrongType_IsRefused()
    {
        var table = Definition.CreateTable();

        Assert.Throws<ArgumentException>(() => table.Add("x", 1L, 1L, 1.0, true, DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentException>(() => table.Add("x", 1));
    }
}
