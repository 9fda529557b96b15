using System.Text.RegularExpressions;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Inspection;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>
/// One seed folder written by <c>tests/oracle/gen-sessions.mjs</c> (layout: <c>tests/oracle/README.md</c>,
/// "Seed folder layout"): the session's update events and yjs's reference files.
/// </summary>
internal sealed partial class SeedFolder
{
    private SeedFolder(string path, string seed, bool gc, bool stateFromStateIdentical, IReadOnlyDictionary<string, RootKind> hints, object? expected)
    {
        Path = path;
        Seed = seed;
        Gc = gc;
        StateFromStateIdentical = stateFromStateIdentical;
        Hints = hints;
        Expected = expected;
    }

    public string Path { get; }

    /// <summary>The folder name: the seed number.</summary>
    public string Seed { get; }

    public bool Gc { get; }

    /// <summary>yjs re-encodes a reloaded <c>state.v1.bin</c> to the same bytes (no adjacent GC structs merged).</summary>
    public bool StateFromStateIdentical { get; }

    public IReadOnlyDictionary<string, RootKind> Hints { get; }

    /// <summary><c>expected.json</c>, parsed into the JavaScript value model.</summary>
    public object? Expected { get; }

    public static SeedFolder Open(string path)
    {
        var meta = (JsObject)JsJson.Parse(File.ReadAllText(System.IO.Path.Combine(path, "meta.json")))!;
        return new SeedFolder(
            path,
            System.IO.Path.GetFileName(path),
            meta.TryGetValue("gc", out var gc) && gc is true,
            meta.TryGetValue("stateFromStateIdentical", out var same) && same is true,
            ReadHints(System.IO.Path.Combine(path, "hints.json")),
            ReadJson("expected.json"));

        object? ReadJson(string name) => JsJson.Parse(File.ReadAllText(System.IO.Path.Combine(path, name)));
    }

    public byte[] Bytes(string name) => File.ReadAllBytes(System.IO.Path.Combine(Path, name));

    public object? Json(string name) => JsJson.Parse(File.ReadAllText(System.IO.Path.Combine(Path, name)));

    /// <summary>The update events <c>updates/NNNN.v1.bin</c> (or <c>.v2.bin</c>) in numeric order.</summary>
    public List<byte[]> Updates(int version) => ListUpdates(System.IO.Path.Combine(Path, "updates"), version);

    public static List<byte[]> ListUpdates(string updatesDir, int version)
    {
        var suffix = version == 1 ? ".v1.bin" : ".v2.bin";
        var files = new List<(long Number, string File)>();
        foreach (var file in Directory.EnumerateFiles(updatesDir))
        {
            var match = UpdateName().Match(System.IO.Path.GetFileName(file));
            if (match.Success && file.EndsWith(suffix, StringComparison.Ordinal))
            {
                files.Add((long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), file));
            }
        }

        files.Sort((a, b) => a.Number.CompareTo(b.Number));
        return files.ConvertAll(f => File.ReadAllBytes(f.File));
    }

    public static IReadOnlyDictionary<string, RootKind> ReadHints(string file)
    {
        var hints = new Dictionary<string, RootKind>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return hints;
        }

        foreach (var (name, kind) in (JsObject)JsJson.Parse(File.ReadAllText(file))!)
        {
            hints[name] = ParseHint(kind as string);
        }

        return hints;
    }

    /// <summary>A hint of the oracle's JSON (<c>text</c>, <c>map</c>, <c>array</c>, <c>xml</c>).</summary>
    public static RootKind ParseHint(string? kind) => kind switch
    {
        "text" => RootKind.Text,
        "map" => RootKind.Map,
        "array" => RootKind.Array,
        "xml" => RootKind.Xml,
        _ => throw new InvalidDataException($"unknown root kind '{kind}'"),
    };

    public static string HintName(RootKind kind) => kind switch
    {
        RootKind.Text => "text",
        RootKind.Map => "map",
        RootKind.Array => "array",
        _ => "xml",
    };

    [GeneratedRegex(@"^(\d+)\.v[12]\.bin$")]
    private static partial Regex UpdateName();
}
