using LessonStudy.Crdt.Types;
using static LessonStudy.Crdt.Tests.Types.Text.TextTestKit;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>
/// Operation sequences replayed against expectations produced by yjs 13.6.33 (Node, clientID 1):
/// the final string, length, <c>toDelta()</c> and every event's delta, all as yjs prints them.
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
    }

    private static LessonStudy.Crdt.Encoding.JsObject Obj(params (string Key, object? Value)[] entries)
    {
        var o = new LessonStudy.Crdt.Encoding.JsObject();
        foreach (var (k, v) in entries)
            o.Set(k, v);
        return o;
    }
}
