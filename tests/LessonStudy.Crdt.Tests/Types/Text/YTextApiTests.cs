using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;
using static LessonStudy.Crdt.Tests.Types.Text.TextTestKit;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>The public surface of YText: lengths, prelim content, type attributes, clone, edge cases.</summary>
public class YTextApiTests
{
    [Fact]
    public void Length_ChineseAndEmoji_CountsUtf16CodeUnitsLikeJavaScript()
    {
        var text = NewDoc(1).GetText("t");
        text.Insert(0, "中文😀");
        Assert.Equal(4, text.Length);
        text.InsertEmbed(1, Attrs(("x", 1)));
        Assert.Equal(5, text.Length);
        Assert.Equal("中文😀", text.ToString());
        Assert.Equal("中文😀", text.ToJson());
    }

    [Fact]
    public void Delete_InsideSurrogatePair_LeavesReplacementCharacter()
    {
        var text = NewDoc(1).GetText("t");
        text.Insert(0, "😀");
        text.Delete(1, 1);
        Assert.Equal("\uFFFD", text.ToString());
    }

    [Fact]
    public void Prelim_EditsBeforeIntegration_AreReplayedInOrderWithYjsBytes()
    {
        var doc = NewDoc(1);
        var t = new YText("initial");
        t.Insert(0, ">");
        t.Format(1, 3, Attrs(("b", true)));
        t.Delete(5, 2);
        t.SetAttribute("k", 1);
        doc.GetMap("m").Set("t", t);
        Assert.Equal(">initl", t.ToString());
        Assert.Equal("""[{"insert":">"},{"insert":"ini","attributes":{"b":true}},{"insert":"tl"}]""", DeltaJson(t.ToDelta()));
        Assert.Equal("""{"k":1}""", JsJson.Stringify(t.GetAttributes()));
        Assert.Equal(
            "010901002701016d0174020400010003696e69840103017481010402840106016c440101013ec60108010101620474727565c6010301040162046e756c6c28000100016b017d010101010502",
            Convert.ToHexStringLower(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void Attributes_SetAndRemove_ReportKeysChangedAndKeysAsYjs()
    {
        var doc = NewDoc(1);
        var t = doc.GetText("t");
        var seen = new List<string>();
        t.Observe((e, _) =>
        {
            var keys = new List<string>(e.KeysChanged);
            keys.Sort(StringComparer.Ordinal);
            var actions = new List<string>();
            foreach (var (k, v) in e.Keys)
                actions.Add($"{k}:{v.Action}:{JsJson.Stringify(v.OldValue) ?? "undefined"}");
            actions.Sort(StringComparer.Ordinal);
            seen.Add($"{DeltaJson(e.Delta)} keys=[{string.Join(",", keys)}] {string.Join(" ", actions)}".TrimEnd());
        });
        t.Insert(0, "ab");
        doc.Transact(_ =>
        {
            t.SetAttribute("a", "x");
            t.SetAttribute("b", 2);
            t.Insert(1, "c");
        });
        t.RemoveAttribute("a");
        t.InsertEmbed(1, Attrs(("e", 1)));
        t.Delete(0, 2);
        Assert.Equal(
            [
                """[{"insert":"ab"}] keys=[]""",
                """[{"retain":1},{"insert":"c"}] keys=[a,b] a:Add:undefined b:Add:undefined""",
                "[] keys=[a] a:Delete:\"x\"",
                """[{"retain":1},{"insert":{"e":1}}] keys=[]""",
                """[{"delete":2}] keys=[]""",
            ],
            seen);
        Assert.Equal(2.0, t.GetAttribute("b"));
        Assert.Same(JsUndefined.Value, t.GetAttribute("a"));
        Assert.Equal("""{"b":2}""", JsJson.Stringify(t.GetAttributes()));
        Assert.Equal(
            "010601000101017401840100016221010174016101280101740162017d02c4010001010163c10100010401010103000102010501",
            Convert.ToHexStringLower(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void Clone_FormattedTextWithEmbed_HasTheSameDeltaOnceIntegrated()
    {
        var doc = NewDoc(1);
        var t = doc.GetText("t");
        t.Insert(0, "hello world", Attrs(("bold", true)));
        t.Format(6, 5, Attrs(("bold", null), ("italic", true)));
        t.InsertEmbed(5, Attrs(("img", "a")), Attrs(("w", 3)));
        var clone = (YText)t.Clone();
        Assert.Equal(0, clone.Length); // not readable before integration, as in yjs
        doc.GetMap("m").Set("copy", clone);
        Assert.Equal(DeltaJson(t.ToDelta()), DeltaJson(clone.ToDelta()));
    }

    [Fact]
    public void Insert_WithoutAttributes_InheritsTheFormatOnItsLeft()
    {
        var t = NewDoc(1).GetText("t");
        t.Insert(0, "ab", Attrs(("bold", true)));
        t.Insert(2, "c");
        t.Insert(0, "z");
        Assert.Equal("""[{"insert":"z"},{"insert":"abc","attributes":{"bold":true}}]""", DeltaJson(t.ToDelta()));
    }

    [Fact]
    public void InsertEmbed_WithoutAttributes_IsNotFormatted()
    {
        var t = NewDoc(1).GetText("t");
        t.Insert(0, "ab", Attrs(("bold", true)));
        t.InsertEmbed(1, Attrs(("e", 1)));
        Assert.Equal(
            """[{"insert":"a","attributes":{"bold":true}},{"insert":{"e":1}},{"insert":"b","attributes":{"bold":true}}]""",
            DeltaJson(t.ToDelta()));
    }

    [Fact]
    public void Delete_OnEmptyText_DoesNothing()
    {
        // yjs throws a TypeError here (it reads the parent of a missing item); the port stays quiet.
        var t = NewDoc(1).GetText("t");
        t.Delete(0, 1);
        Assert.Equal(0, t.Length);
    }

    [Fact]
    public void Delete_PastTheEnd_DeletesWhatIsThere()
    {
        var t = NewDoc(1).GetText("t");
        t.Insert(0, "abc");
        t.Delete(1, 10);
        Assert.Equal("a", t.ToString());
    }

    [Fact]
    public void ApplyDelta_OnPrelimText_IsAppliedAtIntegration()
    {
        var doc = NewDoc(1);
        var t = new YText();
        t.ApplyDelta([new DeltaOp { Insert = "x\n" }], sanitize: false);
        doc.GetMap("m").Set("t", t);
        // yjs queues pending deltas without the sanitize option, so the newline stays
        Assert.Equal("x\n", t.ToString());
    }

    [Fact]
    public void EventChanges_OfText_CarryTheTextDeltaAndNoItemSets()
    {
        var doc = NewDoc(1);
        var t = doc.GetText("t");
        t.Insert(0, "ab");
        string? seen = null;
        t.Observe((e, _) =>
        {
            var changes = e.Changes;
            seen = $"{DeltaJson(changes.Delta)} added={changes.Added.Count} deleted={changes.Deleted.Count} keys={changes.Keys.Count} child={e.ChildListChanged}";
        });
        doc.Transact(_ =>
        {
            t.Delete(0, 1);
            t.Insert(1, "c", Attrs(("bold", true)));
        });
        Assert.Equal("""[{"delete":1},{"retain":1},{"insert":"c","attributes":{"bold":true}}] added=0 deleted=0 keys=0 child=True""", seen);
    }
}
