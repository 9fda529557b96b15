using LessonStudy.Crdt.Types;
using static LessonStudy.Crdt.Tests.Types.Text.TextTestKit;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>
/// Two documents format, insert and delete concurrently, then exchange diffs both ways; both
/// converge to the delta yjs 13.6.33 produces, with the same bytes (including the formatting
/// cleanup yjs runs after remote changes) and the same events.
/// </summary>
public class YTextConcurrencyTests
{
    private const string UpdateA =
        "01070113c60103010404626f6c640474727565c6010e010f04626f6c64046e756c6cc60109010a05636f6c6f72052272656422c60115010a04626f6c64046e756c6cc40116010a0472656420c6011a010a05636f6c6f72046e756c6cc6011b010a04626f6c64047472756500";

    private const string UpdateB =
        "01050200460100066974616c69630474727565c601080109066974616c6963046e756c6cc60105010604626f6c640474727565c6010d010e04626f6c64046e756c6c44020002c2bb0101011003";

    private const string Converged =
        "02050200460100066974616c69630474727565c601080109066974616c6963046e756c6cc10105010601c6010d010e04626f6c64046e756c6c44020002c2bb0f01000401017404546865208401030271758401050369636b84010801208401090462726f7784010d016e84010e012081010f03c60103010404626f6c640474727565c6010e010f04626f6c64046e756c6cc60109010a05636f6c6f72052272656422c60115010a04626f6c64046e756c6cc40116010a0472656420c6011a010a05636f6c6f72046e756c6cc6011b010a04626f6c640474727565020201020101011003";

    private const string ConvergedDelta =
        """[{"insert":"»"},{"insert":"The ","attributes":{"italic":true}},{"insert":"quick","attributes":{"italic":true,"bold":true}},{"insert":" ","attributes":{"bold":true}},{"insert":"red ","attributes":{"color":"red"}},{"insert":"brow","attributes":{"bold":true}},{"insert":"n"},{"insert":" "}]""";

    private sealed record Peers(Doc A, Doc B, YText TextA, YText TextB, List<string> EventsA, List<string> EventsB, byte[] DiffA, byte[] DiffB);

    private static Peers ConcurrentSession()
    {
        var a = NewDoc(1);
        var b = NewDoc(2);
        var ta = a.GetText("t");
        var tb = b.GetText("t");
        ta.Insert(0, "The quick brown fox");
        b.ApplyUpdate(a.EncodeStateAsUpdate());
        var evA = new List<string>();
        var evB = new List<string>();
        ta.Observe((e, _) => evA.Add(DeltaJson(e.Delta)));
        tb.Observe((e, _) => evB.Add(DeltaJson(e.Delta)));
        ta.Format(4, 11, Attrs(("bold", true)));
        ta.Insert(10, "red ", Attrs(("color", "red")));
        tb.Format(0, 9, Attrs(("italic", true)));
        tb.Format(6, 8, Attrs(("bold", true)));
        tb.Delete(16, 3);
        tb.Insert(0, "»");
        var ua = a.EncodeStateAsUpdate(b.EncodeStateVector());
        var ub = b.EncodeStateAsUpdate(a.EncodeStateVector());
        a.ApplyUpdate(ub);
        b.ApplyUpdate(ua);
        return new Peers(a, b, ta, tb, evA, evB, ua, ub);
    }

    [Fact]
    public void ConcurrentFormatting_Diffs_AreByteIdenticalToYjs()
    {
        var p = ConcurrentSession();
        Assert.Equal(UpdateA, Convert.ToHexStringLower(p.DiffA));
        Assert.Equal(UpdateB, Convert.ToHexStringLower(p.DiffB));
    }

    [Fact]
    public void ConcurrentFormatting_AfterExchange_BothConvergeToYjsStateAndDelta()
    {
        var p = ConcurrentSession();
        Assert.Equal(ConvergedDelta, DeltaJson(p.TextA.ToDelta()));
        Assert.Equal(ConvergedDelta, DeltaJson(p.TextB.ToDelta()));
        Assert.Equal(Converged, Convert.ToHexStringLower(p.A.EncodeStateAsUpdate()));
        Assert.Equal(Converged, Convert.ToHexStringLower(p.B.EncodeStateAsUpdate()));
    }

    [Fact]
    public void ConcurrentFormatting_Events_MatchYjsIncludingTheCleanupTransaction()
    {
        var p = ConcurrentSession();
        Assert.Equal(
            [
                """[{"retain":4},{"retain":11,"attributes":{"bold":true}}]""",
                """[{"retain":10},{"insert":"red ","attributes":{"color":"red"}}]""",
                """[{"insert":"»"},{"retain":9,"attributes":{"italic":true}},{"retain":9},{"retain":2,"attributes":{"bold":null}},{"delete":3}]""",
                """[]""",
            ],
            p.EventsA);
        Assert.Equal(
            [
                """[{"retain":9,"attributes":{"italic":true}}]""",
                """[{"retain":6},{"retain":8,"attributes":{"bold":true}}]""",
                """[{"retain":16},{"delete":3}]""",
                """[{"insert":"»"}]""",
                """[{"retain":5},{"retain":6,"attributes":{"bold":true}},{"insert":"red ","attributes":{"color":"red"}}]""",
                """[]""",
            ],
            p.EventsB);
    }
}
