using LessonStudy.Crdt.Types;
using static LessonStudy.Crdt.Tests.Types.Text.TextTestKit;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>
/// Operation sequences replayed against expectations produced by yjs 13.6.33 (Node, clientID 1):
/// the final string, length, <c>toDelta()</c>, every event's delta (as yjs prints them) and the
/// bytes of <c>encodeStateAsUpdate</c>.
/// </summary>
public class YTextScenarioTests
{
    private sealed record Recorded(YText Text, Doc Doc, List<string> Events);

    private static Recorded Run(Action<YText> edits)
    {
        var doc = NewDoc(1);
        var text = doc.GetText("text");
        var events = new List<string>();
        text.Observe((e, _) => events.Add(DeltaJson(e.Delta)));
        edits(text);
        return new Recorded(text, doc, events);
    }

    [Fact]
    public void Surrogates_InsertSplittingAPair_BothHalvesBecomeReplacementCharacters()
    {
        var r = Run(t =>
        {
            t.Insert(0, "a😀b");
            t.Insert(2, "X");
            t.Insert(6, "😀");
            t.Delete(7, 1);
        });
        Assert.Equal("a\uFFFDX\uFFFDb😀", r.Text.ToString());
        Assert.Equal(7, r.Text.Length);
        Assert.Equal("""[{"insert":"a�X�b😀"}]""", DeltaJson(r.Text.ToDelta()));
        Assert.Equal(
            [
                """[{"insert":"a😀b"}]""",
                """[{"retain":2},{"insert":"X"}]""",
                """[{"retain":5},{"insert":"😀"}]""",
            ],
            r.Events);
        AssertUpdate(r, "01040100040104746578740461efbfbd84010104efbfbd62c401010102015884010304f09f988000");
    }

    [Fact]
    public void Format_OverlappingRangesAndRemoval_MatchesYjsDeltasAndEvents()
    {
        var r = Run(t =>
        {
            t.Insert(0, "abcdef");
            t.Format(1, 3, Attrs(("bold", true)));
            t.Format(2, 3, Attrs(("italic", true)));
            t.Format(0, 6, Attrs(("bold", null)));
            t.Insert(3, "Z");
            t.Delete(2, 2);
            t.Insert(0, "q", Attrs(("bold", true)));
            t.Insert(1, "r");
        });
        Assert.Equal("qrabdef", r.Text.ToString());
        Assert.Equal(
            """[{"insert":"qr","attributes":{"bold":true}},{"insert":"ab"},{"insert":"de","attributes":{"italic":true}},{"insert":"f"}]""",
            DeltaJson(r.Text.ToDelta()));
        Assert.Equal(
            [
                """[{"insert":"abcdef"}]""",
                """[{"retain":1},{"retain":3,"attributes":{"bold":true}}]""",
                """[{"retain":2},{"retain":3,"attributes":{"italic":true}}]""",
                """[{"retain":1},{"retain":5,"attributes":{"bold":null}}]""",
                """[{"retain":3},{"insert":"Z","attributes":{"italic":true}}]""",
                """[{"retain":2},{"delete":2}]""",
                """[{"insert":"q","attributes":{"bold":true}}]""",
                """[{"retain":1},{"insert":"r","attributes":{"bold":true}}]""",
            ],
            r.Events);
        AssertUpdate(r, "010f0100040104746578740161840100016281010101840102016484010301658401040166c10100010101c10103010401c601010102066974616c69630474727565c601040105066974616c6963046e756c6cc1010201030146010004626f6c640474727565c4010b01000171c6010c010004626f6c64046e756c6cc4010c010d0172010103020106020a01");
    }

    [Fact]
    public void ApplyDelta_QuillDocumentThenEdit_MatchesYjs()
    {
        var r = Run(t =>
        {
            t.ApplyDelta(
            [
                new DeltaOp { Insert = "Hello ", Attributes = Obj(("bold", true)) },
                new DeltaOp { Insert = "world" },
                new DeltaOp { Insert = Obj(("image", "a.png")) },
                new DeltaOp { Insert = "\n", Attributes = Obj(("header", 1.0)) },
            ]);
            t.ApplyDelta(
            [
                new DeltaOp { Retain = 6 },
                new DeltaOp { Retain = 5, Attributes = Obj(("italic", true)) },
                new DeltaOp { Delete = 1 },
                new DeltaOp { Insert = "!" },
            ]);
        });
        Assert.Equal("Hello world!\n", r.Text.ToString());
        Assert.Equal(13, r.Text.Length);
        Assert.Equal(
            """[{"insert":"Hello ","attributes":{"bold":true}},{"insert":"world","attributes":{"italic":true}},{"insert":"!"},{"insert":"\n","attributes":{"header":1}}]""",
            DeltaJson(r.Text.ToDelta()));
        Assert.Equal(
            [
                """[{"insert":"Hello ","attributes":{"bold":true}},{"insert":"world"},{"insert":{"image":"a.png"}},{"insert":"\n","attributes":{"header":1}}]""",
                """[{"retain":6},{"retain":5,"attributes":{"italic":true}},{"delete":1},{"insert":"!"}]""",
            ],
            r.Events);
        AssertUpdate(r, "010b01000601047465787404626f6c6404747275658401000648656c6c6f2086010604626f6c64046e756c6c84010705776f726c6481010c0186010d06686561646572013184010e010a86010f06686561646572046e756c6cc601070108066974616c69630474727565c6010c010d066974616c6963046e756c6cc4010d010e01210101010d01");
    }

    [Fact]
    public void Format_PastTheEnd_AppendsFormattedNewlines()
    {
        var r = Run(t =>
        {
            t.Insert(0, "ab");
            t.Format(1, 4, Attrs(("bold", true)));
        });
        Assert.Equal("ab\n\n\n", r.Text.ToString());
        Assert.Equal("""[{"insert":"a"},{"insert":"b\n\n\n","attributes":{"bold":true}}]""", DeltaJson(r.Text.ToDelta()));
        Assert.Equal(
            """[{"retain":1},{"retain":1,"attributes":{"bold":true}},{"insert":"\n\n\n","attributes":{"bold":true}}]""",
            r.Events[1]);
        AssertUpdate(r, "010501000401047465787401618401000162c60100010104626f6c640474727565840101030a0a0a86010504626f6c64046e756c6c00");
    }

    [Fact]
    public void ApplyDelta_SanitizeFalse_DropsTheFinalNewlineOnlyThen()
    {
        var r = Run(t =>
        {
            t.ApplyDelta([new DeltaOp { Insert = "ab\n" }], sanitize: false);
            t.ApplyDelta([new DeltaOp { Retain = 2 }, new DeltaOp { Insert = "c\n" }]);
        });
        Assert.Equal("abc\n", r.Text.ToString());
        Assert.Equal(["""[{"insert":"ab"}]""", """[{"retain":2},{"insert":"c\n"}]"""], r.Events);
        AssertUpdate(r, "0101010004010474657874046162630a00");
    }

    [Fact]
    public void InsertEmbed_PrelimText_IsIntegratedWithItsContent()
    {
        var r = Run(t =>
        {
            t.Insert(0, "xy");
            t.InsertEmbed(1, new YText("inner"), Attrs(("k", "v")));
            t.Insert(3, "z");
        });
        Assert.Equal("xyz", r.Text.ToString());
        Assert.Equal(4, r.Text.Length);
        Assert.Equal("""[{"insert":"x"},{"insert":"inner","attributes":{"k":"v"}},{"insert":"yz"}]""", DeltaJson(r.Text.ToDelta()));
        Assert.Equal("""[{"retain":1},{"insert":"inner","attributes":{"k":"v"}}]""", r.Events[1]);
        AssertUpdate(r, "010701000401047465787401788401000179c601000101016b03227622c701020101020400010305696e6e6572c601030101016b046e756c6c840101017a00");
    }

    [Fact]
    public void Format_ObjectValuedAttribute_ComparedFlatlyAndMerged()
    {
        var link = Attrs(("link", Attrs(("href", "http://a"), ("title", "t"))));
        var r = Run(t =>
        {
            t.Insert(0, "link here");
            t.Format(0, 4, link);
            t.Format(2, 5, link);
            t.Insert(4, "-");
        });
        Assert.Equal("link- here", r.Text.ToString());
        Assert.Equal(
            """[{"insert":"link- he","attributes":{"link":{"href":"http://a","title":"t"}}},{"insert":"re"}]""",
            DeltaJson(r.Text.ToDelta()));
        Assert.Equal(
            [
                """[{"insert":"link here"}]""",
                """[{"retain":4,"attributes":{"link":{"href":"http://a","title":"t"}}}]""",
                """[{"retain":4},{"retain":3,"attributes":{"link":{"href":"http://a","title":"t"}}}]""",
                """[{"retain":4},{"insert":"-","attributes":{"link":{"href":"http://a","title":"t"}}}]""",
            ],
            r.Events);
        AssertUpdate(r, "0107010004010474657874046c696e6b84010303206865840106027265460100046c696e6b1f7b2268726566223a22687474703a2f2f61222c227469746c65223a2274227dc10103010401c601060107046c696e6b046e756c6cc4010a0104012d0101010a01");
    }

    private static void AssertUpdate(Recorded r, string yjsHex) =>
        Assert.Equal(yjsHex, Convert.ToHexStringLower(r.Doc.EncodeStateAsUpdate()));

    private static LessonStudy.Crdt.Encoding.JsObject Obj(params (string Key, object? Value)[] entries)
    {
        var o = new LessonStudy.Crdt.Encoding.JsObject();
        foreach (var (k, v) in entries)
            o.Set(k, v);
        return o;
    }
}
