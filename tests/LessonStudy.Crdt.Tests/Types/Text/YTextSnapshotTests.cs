using LessonStudy.Crdt.Encoding;
using static LessonStudy.Crdt.Tests.Types.Text.TextTestKit;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>YText.ToDelta with snapshots (ychange marks), against yjs 13.6.33 with <c>gc: false</c>.</summary>
public class YTextSnapshotTests
{
    private static (Doc Doc, LessonStudy.Crdt.Types.YText Text, Snapshot S1, Snapshot S2) Session()
    {
        var doc = new Doc(new DocOptions { ClientId = 1, Gc = false });
        var t = doc.GetText("text");
        t.Insert(0, "abcdef");
        t.Format(1, 2, Attrs(("bold", true)));
        var s1 = Snapshot.Create(doc);
        t.Delete(2, 2);
        doc.ClientID = 2;
        t.Insert(1, "XY");
        t.InsertEmbed(0, Attrs(("img", "p")));
        var s2 = Snapshot.Create(doc);
        t.Delete(0, 1);
        return (doc, t, s1, s2);
    }

    [Fact]
    public void ToDelta_AtEachSnapshot_ShowsThatVersion()
    {
        var (doc, t, s1, s2) = Session();
        Assert.Equal("""[{"insert":"aXY"},{"insert":"b","attributes":{"bold":true}},{"insert":"ef"}]""", DeltaJson(t.ToDelta()));
        Assert.Equal("""[{"insert":"a"},{"insert":"bc","attributes":{"bold":true}},{"insert":"def"}]""", DeltaJson(t.ToDelta(s1)));
        Assert.Equal("""[{"insert":{"img":"p"}},{"insert":"aXY"},{"insert":"b","attributes":{"bold":true}},{"insert":"ef"}]""", DeltaJson(t.ToDelta(s2)));
        Assert.Equal(
            "02020200c4010001060258594501000b7b22696d67223a2270227d070100040104746578740161840100016284010101638401020164840103026566c60100010104626f6c640474727565c60102010304626f6c64046e756c6c020201020101010202",
            Convert.ToHexStringLower(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void ToDelta_BetweenSnapshots_MarksAddedAndRemovedText()
    {
        var (_, t, s1, s2) = Session();
        Assert.Equal(
            """[{"insert":{"img":"p"}},{"insert":"a"},{"insert":"XY","attributes":{"ychange":{"type":"added"}}},{"insert":"b","attributes":{"bold":true}},{"insert":"c","attributes":{"bold":true,"ychange":{"type":"removed"}}},{"insert":"d","attributes":{"ychange":{"type":"removed"}}},{"insert":"ef"}]""",
            DeltaJson(t.ToDelta(s2, s1)));
    }

    [Fact]
    public void ToDelta_WithComputeYChange_UsesTheReturnedValue()
    {
        var (_, t, s1, s2) = Session();
        var delta = t.ToDelta(s2, s1, (type, id) => new Dictionary<string, object?> { ["type"] = type, ["user"] = id.Client });
        Assert.Equal(
            """[{"insert":{"img":"p"}},{"insert":"a"},{"insert":"XY","attributes":{"ychange":{"type":"added","user":2}}},{"insert":"b","attributes":{"bold":true}},{"insert":"c","attributes":{"bold":true,"ychange":{"type":"removed","user":1}}},{"insert":"d","attributes":{"ychange":{"type":"removed","user":1}}},{"insert":"ef"}]""",
            DeltaJson(delta));
        Assert.IsType<JsObject>(delta[2].Attributes!["ychange"]);
    }
}
