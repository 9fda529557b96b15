using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Inspection;
using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>
/// The committed update fixtures of <c>tests/oracle/golden/</c> (<c>index.json</c>, made by yjs 13.6.33
/// with fixed client ids; no Node needed): every struct and content kind, both encodings.
/// </summary>
public class GoldenUpdateTests
{
    /// <summary>
    /// Its V2 bytes use writeKey back-references that yjs reads but never writes (golden/README.md),
    /// so yjs itself re-encodes it differently; its V1 bytes are an ordinary state.
    /// </summary>
    private const string HandWrittenV2 = "v2-key-dedup";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in Index())
        {
            data.Add(fixture.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GoldenUpdate_DecodedFromV1_DumpEqualsFixtureJson(string name)
    {
        var fixture = Fixture(name);

        var doc = Load(fixture, 1);

        AssertDump(fixture, doc, "v1");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GoldenUpdate_DecodedFromV2_DumpEqualsFixtureJson(string name)
    {
        var fixture = Fixture(name);

        var doc = Load(fixture, 2);

        AssertDump(fixture, doc, "v2");
    }

    /// <summary>yjs re-encodes every fixture's loaded state to its own V1 bytes (checked with yjs 13.6.33).</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void GoldenUpdate_LoadedAndEncodedAsV1_ByteIdenticalToYjs(string name)
    {
        var fixture = Fixture(name);
        var v1 = File.ReadAllBytes(fixture.File("v1"));

        AssertBytes(v1, Load(fixture, 1).EncodeStateAsUpdate(), $"{name}: load v1, EncodeStateAsUpdate");
        AssertBytes(v1, Load(fixture, 2).EncodeStateAsUpdate(), $"{name}: load v2, EncodeStateAsUpdate");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GoldenUpdate_LoadedAndEncodedAsV2_ByteIdenticalToYjs(string name)
    {
        var fixture = Fixture(name);
        if (name == HandWrittenV2)
        {
            // yjs writes the same state without back-references: the V1 round trip must still hold
            var again = Load(fixture, 2).EncodeStateAsUpdateV2();
            var doc = new Doc(new DocOptions { Gc = fixture.Gc });
            doc.ApplyUpdateV2(again);
            AssertBytes(File.ReadAllBytes(fixture.File("v1")), doc.EncodeStateAsUpdate(), $"{name}: V2 re-encoded, read back, EncodeStateAsUpdate");
            return;
        }

        var v2 = File.ReadAllBytes(fixture.File("v2"));
        AssertBytes(v2, Load(fixture, 1).EncodeStateAsUpdateV2(), $"{name}: load v1, EncodeStateAsUpdateV2");
        AssertBytes(v2, Load(fixture, 2).EncodeStateAsUpdateV2(), $"{name}: load v2, EncodeStateAsUpdateV2");
    }

    private static Doc Load(GoldenFixture fixture, int version)
    {
        var doc = new Doc(new DocOptions { Gc = fixture.Gc });
        var bytes = File.ReadAllBytes(fixture.File(version == 1 ? "v1" : "v2"));
        if (version == 1)
        {
            doc.ApplyUpdate(bytes);
        }
        else
        {
            doc.ApplyUpdateV2(bytes);
        }

        return doc;
    }

    private static void AssertDump(GoldenFixture fixture, Doc doc, string form)
    {
        var expected = JsJson.Parse(File.ReadAllText(fixture.File("json")));
        var actual = DocumentJson.ToJsValue(doc, fixture.Hints);
        var difference = Differences.Json(actual, expected);
        Assert.True(difference is null, $"{fixture.Name} ({form}): {difference}\nC# dump: {DocumentJson.ToJson(doc, fixture.Hints)}");
    }

    private static void AssertBytes(byte[] expected, byte[] actual, string what)
    {
        var difference = Differences.Bytes(actual, expected);
        Assert.True(difference is null, $"{what}: {difference}\ngot  {Convert.ToHexString(actual)}\nwant {Convert.ToHexString(expected)}");
    }

    private static GoldenFixture Fixture(string name) => Index().Single(f => f.Name == name);

    private static List<GoldenFixture> Index()
    {
        var dir = Path.Combine(RepoPaths.Oracle, "golden");
        var index = (JsObject)JsJson.Parse(File.ReadAllText(Path.Combine(dir, "index.json")))!;
        var list = new List<GoldenFixture>();
        foreach (var entry in (object?[])index["updates"]!)
        {
            var o = (JsObject)entry!;
            var hints = new Dictionary<string, RootKind>(StringComparer.Ordinal);
            foreach (var (root, kind) in (JsObject)o["hints"]!)
            {
                hints[root] = SeedFolder.ParseHint((string)kind!);
            }

            list.Add(new GoldenFixture(dir, (string)o["name"]!, o["gc"] is true, hints));
        }

        return list;
    }

    private sealed record GoldenFixture(string Dir, string Name, bool Gc, IReadOnlyDictionary<string, RootKind> Hints)
    {
        public string File(string kind) => Path.Combine(Dir, kind == "json" ? $"{Name}.json" : $"{Name}.{kind}.bin");
    }
}
