using System.Numerics;
using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Oracle.Tests.CsSessions;

/// <summary>
/// Values for the C# session generator, the same edge cases as <c>tests/oracle/lib/values.mjs</c>:
/// writeAny number classes, −0, NaN, ±Infinity, surrogate pairs and ZWJ sequences, CJK, JSON
/// escapes. No lone surrogates: yjs writes strings as UTF-8, so a lone half would read back as U+FFFD.
/// </summary>
internal static class ValuePools
{
    public static readonly string[] Texts =
    [
        "a", "b", "hello ", "world", "Lesson ", "集体备课", "教学目标：", "😀", "👩‍🏫", "x😀y", "👍🏽", "\n",
        "abc", " ", "课", "résumé", "\"quoted\"", "tab\there", "A long sentence about the lesson plan. ",
    ];

    public static readonly string[] Strings =
    [
        "", "a", "hello", "集体备课", "😀", "👩‍🏫", "a\"quote\\back", "line\nbreak\ttab", "\u2028\u2029",
        "draft", "review", "published", "https://lessonstudy.example/plan/1?x=1&y=<2>", "{\"not\":\"json\"}",
        "0", "-0", "null", "undefined", "control\u0001\u001f", "e\u0301", "ＡＢＣ",
    ];

    public static readonly double[] Numbers =
    [
        0, 1, -1, 42, 127, 128, 255, 256, 65535, 0.5, 0.1, 0.2, 1.5, -2.25, 3.14159, 1.0 / 3,
        int.MaxValue, 2147483648d, int.MinValue, -2147483649d, 4294967296d, 1e10, 1e21, 1e-7, 5e-324,
        9007199254740991d, -9007199254740991d, 9007199254740992d, 1152921504606846976d, 123456789012d, -0.0,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, 16777217, 16777216,
        3.4028234663852886e38,
    ];

    public static readonly BigInteger[] BigInts =
    [
        0, 1, -1, 10, BigInteger.Pow(2, 31), BigInteger.Pow(2, 53) + 1, long.MaxValue, long.MinValue, -123456789012345678,
    ];

    public static readonly string[] MapKeys =
        ["title", "subject", "grade", "stage", "owner", "round", "tags", "x", "y", "集体", "😀key", "", "0", "1", "b", "nested"];

    public static readonly string[] ObjectKeys = ["b", "1", "0", "name", "集", "x y", "10", "-1", "a", "$binary", "2147483648"];

    public static readonly string[] NodeNames = ["paragraph", "heading", "bullet_list", "list_item", "blockquote", "image", "Table"];

    public static readonly string[] AttrNames = ["class", "level", "align", "data-id", "checked", "src"];

    public static readonly object[] AttrValues = ["left", "center", "intro", 1d, 2d, 3d, true, false, "集体备课", "a\"b"];

    /// <summary>Quill-style text formats; a null value removes the format.</summary>
    public static Dictionary<string, object?> TextFormat(Random rng) => rng.Next(13) switch
    {
        0 => new() { ["bold"] = true },
        1 => new() { ["italic"] = true },
        2 => new() { ["bold"] = null },
        3 => new() { ["italic"] = null },
        4 => new() { ["header"] = 1d },
        5 => new() { ["header"] = 2d },
        6 => new() { ["header"] = null },
        7 => new() { ["link"] = "https://lessonstudy.example/p/1" },
        8 => new() { ["link"] = null },
        9 => new() { ["color"] = "#c00" },
        10 => new() { ["comment"] = Obj(("id", "c7"), ("author", "李老师")) },
        11 => new() { ["bold"] = true, ["italic"] = true },
        _ => new() { ["size"] = 0.5 },
    };

    /// <summary>
    /// Formats for XML text: yjs's XmlText.toString iterates a format value's keys for tag
    /// attributes, so only <c>true</c> and objects with string values (y-prosemirror marks) are used.
    /// </summary>
    public static Dictionary<string, object?> XmlFormat(Random rng) => rng.Next(7) switch
    {
        0 => new() { ["bold"] = true },
        1 => new() { ["italic"] = new JsObject() },
        2 => new() { ["link"] = Obj(("href", "https://lessonstudy.example/x")) },
        3 => new() { ["bold"] = null },
        4 => new() { ["link"] = null },
        5 => new() { ["strong"] = true, ["em"] = new JsObject() },
        _ => new() { ["comment"] = Obj(("id", "c1")) },
    };

    public static JsObject Embed(Random rng) => rng.Next(4) switch
    {
        0 => Obj(("image", "https://lessonstudy.example/a.png")),
        1 => Obj(("formula", "e=mc^2")),
        2 => Obj(("video", Obj(("src", "v.mp4"), ("width", 640d), ("ratio", 0.5625)))),
        _ => Obj(("divider", true)),
    };

    public static JsObject Obj(params (string Key, object? Value)[] entries)
    {
        var obj = new JsObject();
        foreach (var (key, value) in entries)
        {
            obj.Set(key, value);
        }

        return obj;
    }

    public static T Pick<T>(this Random rng, T[] items) => items[rng.Next(items.Length)];

    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    /// <summary>Uniform in [min, max], both inclusive.</summary>
    public static int Int(this Random rng, int min, int max) => rng.Next(min, max + 1);
}
