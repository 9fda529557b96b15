using LessonStudy.Crdt.Types;
using static LessonStudy.Crdt.Tests.Types.Text.TextTestKit;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>
/// A rich-text session (Chinese text, an emoji split in half, formats, an embed with attributes,
/// type attributes, a delta) compared byte for byte with yjs 13.6.33 (clientID 1).
/// </summary>
public class YTextGoldenTests
{
    private const string RichV1 =
        "011901000401047465787402486581010101840102026c6f84010401208401050ae4b896e7958c20efbfbd8101090184010a012146010004626f6c640474727565c60104010504626f6c64046e756c6cc60105010605776964746803313030c5010e0106117b22696d616765223a22782e706e67227dc6010f0106057769647468046e756c6cc601020103066974616c69630474727565c60111010305636f6c6f7206222366303022c10112010301c40113010303616263c601160103066974616c6963046e756c6cc60117010305636f6c6f72046e756c6cc60118010304626f6c640474727565c60101010204626f6c64046e756c6c28010474657874046c616e670177027a68c6011a010201750474727565c4011c01020158c6011d01020175046e756c6c84010b06e69cabe5b0be01010302010a011301";

    private const string RichV2 =
        "0003000309024125160300040208024c0212025a1e03000603006e320402640b000a02010046010442010121040081008402810084004600c601c500c602c100c400c6032800c600c400c600846d587465787448656c6f20e4b896e7958c20efbfbd21626f6c64626f6c64776964746877696474686974616c6963636f6c6f726162636974616c6963636f6c6f72626f6c64626f6c64746578746c616e67755875e69cabe5b0be0442000104014400450006050306054402410102010100024102011900787e7da401760105696d6167657705782e706e677e787704236630307e7e787e77027a68787e010103020007000800";

    private static (Doc Doc, YText Text, List<string> Events) RichSession()
    {
        var doc = NewDoc(1);
        var t = doc.GetText("text");
        var events = new List<string>();
        t.Observe((e, _) => events.Add(DeltaJson(e.Delta)));
        t.Insert(0, "Hello 世界 😀!");
        t.Format(0, 5, Attrs(("bold", true)));
        t.InsertEmbed(6, Attrs(("image", "x.png")), Attrs(("width", 100)));
        t.Insert(3, "abc", Attrs(("italic", true), ("color", "#f00")));
        t.Delete(14, 1); // the low half of the emoji
        t.Format(2, 4, Attrs(("bold", null)));
        t.SetAttribute("lang", "zh");
        t.ApplyDelta(
        [
            new DeltaOp { Retain = 2 },
            new DeltaOp { Insert = "X", Attributes = (LessonStudy.Crdt.Encoding.JsObject)LessonStudy.Crdt.Encoding.JsValue.Normalize(Attrs(("u", true)))! },
            new DeltaOp { Delete = 1 },
        ]);
        t.Insert(t.Length, "末尾");
        return (doc, t, events);
    }

    [Fact]
    public void RichSession_EncodeStateAsUpdate_IsByteIdenticalToYjs()
    {
        var (doc, _, _) = RichSession();
        Assert.Equal(RichV1, Convert.ToHexStringLower(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void RichSession_EncodeStateAsUpdateV2_IsByteIdenticalToYjs()
    {
        var (doc, _, _) = RichSession();
        Assert.Equal(RichV2, Convert.ToHexStringLower(doc.EncodeStateAsUpdateV2()));
    }

    [Fact]
    public void RichSession_ContentDeltaAndEvents_MatchYjs()
    {
        var (_, t, events) = RichSession();
        Assert.Equal("HeXabclo 世界 \uFFFD!末尾", t.ToString());
        Assert.Equal(17, t.Length);
        Assert.Equal(
            """[{"insert":"He","attributes":{"bold":true}},{"insert":"X","attributes":{"u":true}},{"insert":"abc","attributes":{"italic":true,"color":"#f00"}},{"insert":"lo","attributes":{"bold":true}},{"insert":" "},{"insert":{"image":"x.png"},"attributes":{"width":100}},{"insert":"世界 �!末尾"}]""",
            DeltaJson(t.ToDelta()));
        Assert.Equal("zh", t.GetAttribute("lang"));
        Assert.Equal("""{"lang":"zh"}""", LessonStudy.Crdt.Encoding.JsJson.Stringify(t.GetAttributes()));
        Assert.Equal(
            [
                """[{"insert":"Hello 世界 😀!"}]""",
                """[{"retain":5,"attributes":{"bold":true}}]""",
                """[{"retain":6},{"insert":{"image":"x.png"},"attributes":{"width":100}}]""",
                """[{"retain":3},{"insert":"abc","attributes":{"italic":true,"color":"#f00"}}]""",
                """[{"retain":14},{"delete":1}]""",
                """[{"retain":2},{"retain":4,"attributes":{"bold":null}},{"retain":2,"attributes":{"bold":true}}]""",
                """[]""",
                """[{"retain":2},{"insert":"X","attributes":{"u":true}},{"delete":1}]""",
                """[{"retain":15},{"insert":"末尾"}]""",
            ],
            events);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RichSession_DecodedByAnotherDoc_HasTheSameDeltaAndBytes(bool v2)
    {
        var (doc, t, _) = RichSession();
        var other = NewDoc(7);
        if (v2)
            other.ApplyUpdateV2(doc.EncodeStateAsUpdateV2());
        else
            other.ApplyUpdate(doc.EncodeStateAsUpdate());
        var copy = other.GetText("text");
        Assert.Equal(DeltaJson(t.ToDelta()), DeltaJson(copy.ToDelta()));
        Assert.Equal(RichV1, Convert.ToHexStringLower(other.EncodeStateAsUpdate()));
    }
}
