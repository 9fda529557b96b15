using LessonStudy.Crdt.Inspection;

namespace LessonStudy.Cli.Crdt;

/// <summary>Parses <c>--type NAME=text|map|array|xml</c> options.</summary>
internal static class RootHints
{
    public static Dictionary<string, RootKind> Parse(IEnumerable<string> values)
    {
        var hints = new Dictionary<string, RootKind>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var eq = value.LastIndexOf('=');
            if (eq <= 0)
            {
                throw new CliInputException($"--type '{value}' must look like NAME=text|map|array|xml");
            }

            var kind = value[(eq + 1)..] switch
            {
                "text" => RootKind.Text,
                "map" => RootKind.Map,
                "array" => RootKind.Array,
                "xml" => RootKind.Xml,
                var other => throw new CliInputException($"--type '{value}': unknown kind '{other}' (text, map, array or xml)"),
            };
            hints[value[..eq]] = kind;
        }

        return hints;
    }
}
