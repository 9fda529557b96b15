using System.Text;
using System.Text.Json;
using LessonStudy.Server.Features.Exports;

namespace LessonStudy.Server.Tests.Exports;

public sealed class JsonLinesTableWriterTests
{
    [Fact]
    public void Write_OneObjectPerRowWithEveryColumnAndUtcInstants()
    {
        var table = new DatasetTableDefinition("t", "t",
        [
            new("text", DatasetType.Text, "text"),
            new("n", DatasetType.Int, "n"),
            new("at", DatasetType.Timestamp, "at"),
            new("flag", DatasetType.Bool, "flag"),
        ]).CreateTable();
        table.Add("亮点 \"quoted\"\nline", 3, new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.FromHours(8)), true);
        table.Add(null, null, null, null);

        using var stream = new MemoryStream();
        JsonLinesTableWriter.Write(table, stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        var lines = text.Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        Assert.Contains("亮点", lines[0], StringComparison.Ordinal);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(["text", "n", "at", "flag"], first.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("亮点 \"quoted\"\nline", first.RootElement.GetProperty("text").GetString());
        Assert.Equal(3, first.RootElement.GetProperty("n").GetInt32());
        Assert.Equal("2026-11-23T03:00:00.000Z", first.RootElement.GetProperty("at").GetString());
        Assert.True(first.RootElement.GetProperty("flag").GetBoolean());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.All(second.RootElement.EnumerateObject(), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
    }
}
