using System.Text.Json;
using System.Text.Json.Nodes;
using LessonStudy.TestKit;

namespace LessonStudy.Cli.Tests;

/// <summary>The yjs-made golden fixtures in tests/oracle/golden (see its README.md).</summary>
internal static class Golden
{
    public static string Dir => Path.Combine(RepoPaths.Oracle, "golden");

    public static string File(string name) => Path.Combine(Dir, name);

    /// <summary>Every update fixture with the --type hints it was dumped with.</summary>
    public static IEnumerable<(string Name, string[] TypeArgs)> Updates()
    {
        using var index = JsonDocument.Parse(System.IO.File.ReadAllText(File("index.json")));
        foreach (var update in index.RootElement.GetProperty("updates").EnumerateArray())
        {
            var hints = update.TryGetProperty("hints", out var h) ? h.EnumerateObject().SelectMany(p => new[] { "--type", $"{p.Name}={p.Value.GetString()}" }).ToArray() : [];
            yield return (update.GetProperty("name").GetString()!, hints);
        }
    }

    public static void AssertSameJson(string expectedJson, string actualJson, string what)
    {
        var expected = JsonNode.Parse(expectedJson);
        var actual = JsonNode.Parse(actualJson);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{what}: expected {expected?.ToJsonString()} but got {actual?.ToJsonString()}");
    }
}
