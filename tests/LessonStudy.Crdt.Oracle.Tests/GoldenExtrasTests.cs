using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Inspection;
using LessonStudy.Crdt.Positions;
using LessonStudy.Crdt.Types;
using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>
/// The relative-position and snapshot fixtures of <c>tests/oracle/golden/</c> (yjs 13.6.33): their
/// documents decode, dump and re-encode like yjs; positions and snapshots encode, decode and
/// resolve to yjs's bytes and values.
/// </summary>
public class GoldenExtrasTests
{
    private static readonly string Dir = Path.Combine(RepoPaths.Oracle, "golden");

    [Theory]
    [InlineData("relpos", true)]
    [InlineData("snapshot", false)]
    public void GoldenDocument_DecodedAndReEncoded_MatchesYjs(string name, bool gc)
    {
        var json = ReadJson($"{name}.json");
        var hints = new Dictionary<string, RootKind>(StringComparer.Ordinal);
        foreach (var (root, kind) in (JsObject)json["hints"]!)
        {
            hints[root] = SeedFolder.ParseHint((string)kind!);
        }

        var v1 = File.ReadAllBytes(Path.Combine(Dir, $"{name}.v1.bin"));
        var v2 = File.ReadAllBytes(Path.Combine(Dir, $"{name}.v2.bin"));
        foreach (var (doc, form) in new[] { (Load(v1, 1, gc), "v1"), (Load(v2, 2, gc), "v2") })
        {
            var difference = Differences.Json(DocumentJson.ToJsValue(doc, hints), json["dump"]);
            Assert.True(difference is null, $"{name} from {form}: {difference}");
            Assert.True(Differences.Bytes(doc.EncodeStateAsUpdate(), v1) is null, $"{name} from {form}, EncodeStateAsUpdate: {Differences.Bytes(doc.EncodeStateAsUpdate(), v1)}");
            Assert.True(Differences.Bytes(doc.EncodeStateAsUpdateV2(), v2) is null, $"{name} from {form}, EncodeStateAsUpdateV2: {Differences.Bytes(doc.EncodeStateAsUpdateV2(), v2)}");
        }
    }

    public static TheoryData<string> PositionNames() => [.. ((JsObject)ReadJson("relpos.json")["positions"]!).Keys];

    [Theory]
    [MemberData(nameof(PositionNames))]
    public void GoldenRelativePosition_CreatedEncodedAndResolved_MatchesYjs(string name)
    {
        var position = (JsObject)((JsObject)ReadJson("relpos.json")["positions"]!)[name]!;
        var doc = Load(File.ReadAllBytes(Path.Combine(Dir, "relpos.v1.bin")), 1, gc: true);
        AbstractType type = (string)position["type"]! == "root text" ? doc.GetText("text") : (YText)doc.GetMap("meta").Get("note")!;
        var index = (int)(double)position["index"]!;
        var assoc = (int)(double)position["assoc"]!;
        var bytes = File.ReadAllBytes(Path.Combine(Dir, $"relpos-{name}.bin"));

        var created = RelativePositions.CreateRelativePositionFromTypeIndex(type, index, assoc);
        var decoded = RelativePositions.DecodeRelativePosition(bytes);
        var resolved = RelativePositions.CreateAbsolutePositionFromRelativePosition(decoded, doc);

        Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(RelativePositions.EncodeRelativePosition(created)));
        Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(RelativePositions.EncodeRelativePosition(decoded)));
        // yjs took the JSON form of the created position, which names the type as well as the item
        var json = Differences.Json(RelativePositions.RelativePositionToJson(created), position["json"]);
        Assert.True(json is null, $"relativePositionToJSON: {json}");
        var resolvesTo = (JsObject)position["resolvesTo"]!;
        Assert.NotNull(resolved);
        Assert.Same(type, resolved.Type);
        Assert.Equal((int)(double)resolvesTo["index"]!, resolved.Index);
        Assert.Equal((int)(double)resolvesTo["assoc"]!, resolved.Assoc);
    }

    [Theory]
    [InlineData("s1")]
    [InlineData("s2")]
    public void GoldenSnapshot_EncodedDecodedAndRestored_MatchesYjs(string name)
    {
        var at = (JsObject)((JsObject)ReadJson("snapshot.json")["at"]!)[name]!;
        var doc = Load(File.ReadAllBytes(Path.Combine(Dir, "snapshot.v1.bin")), 1, gc: false);
        var v1 = File.ReadAllBytes(Path.Combine(Dir, $"snapshot-{name}.v1.bin"));
        var v2 = File.ReadAllBytes(Path.Combine(Dir, $"snapshot-{name}.v2.bin"));

        var snapshot = Snapshot.Decode(v1);
        var restored = Snapshot.CreateDocFromSnapshot(doc, snapshot, new Doc(new DocOptions { Gc = false }));
        var delta = doc.GetText("text").ToDelta(snapshot);

        Assert.Equal(Convert.ToHexString(v1), Convert.ToHexString(snapshot.Encode()));
        Assert.Equal(Convert.ToHexString(v2), Convert.ToHexString(Snapshot.DecodeV2(v2).EncodeV2()));
        Assert.True(Snapshot.EqualSnapshots(snapshot, Snapshot.DecodeV2(v2)), "the v1 and v2 snapshot decode to different snapshots");
        Assert.Equal((string)at["text"]!, restored.GetText("text").ToString());
        var list = Differences.Json(restored.GetArray("list").ToArray(), at["list"]);
        Assert.True(list is null, $"list at {name}: {list}");
        var deltaDifference = Differences.Json(DeltaJson(delta), at["delta"]);
        Assert.True(deltaDifference is null, $"text.toDelta({name}): {deltaDifference}");
    }

    private static object?[] DeltaJson(List<DeltaOp> delta) => delta.ConvertAll(op =>
    {
        var obj = new JsObject();
        obj.Set("insert", op.Insert);
        if (op.Attributes is { Count: > 0 } attributes)
        {
            obj.Set("attributes", attributes);
        }

        return (object?)obj;
    }).ToArray();

    private static Doc Load(byte[] update, int version, bool gc)
    {
        var doc = new Doc(new DocOptions { Gc = gc });
        if (version == 1)
        {
            doc.ApplyUpdate(update);
        }
        else
        {
            doc.ApplyUpdateV2(update);
        }

        return doc;
    }

    private static JsObject ReadJson(string file) => (JsObject)JsJson.Parse(File.ReadAllText(Path.Combine(Dir, file)))!;
}
