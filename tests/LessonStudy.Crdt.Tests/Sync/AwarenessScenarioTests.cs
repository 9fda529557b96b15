using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;

namespace LessonStudy.Crdt.Tests.Sync;

/// <summary>A three-peer sequence whose events and final bytes were recorded from y-protocols 1.0.7.</summary>
public class AwarenessScenarioTests
{
    [Fact]
    public void Awareness_ThreePeerSequence_SameEventsAndBytesAsYProtocols()
    {
        var a = new Awareness(1);
        var b = new Awareness(2);
        var c = new Awareness(3);
        var log = new List<string>();
        a.Change += (ch, o) => log.Add(Format("change", ch, o));
        a.Update += (ch, o) => log.Add(Format("update", ch, o));

        log.Add("# 1");
        b.SetLocalState(Obj(("n", "b")));
        a.ApplyAwarenessUpdate(b.EncodeAwarenessUpdate([2]), "b");
        log.Add("# 2");
        c.SetLocalState(Obj(("n", "c")));
        a.ApplyAwarenessUpdate(c.EncodeAwarenessUpdate([3]), "c");
        log.Add("# 3");
        b.SetLocalStateField("x", 1);
        a.ApplyAwarenessUpdate(b.EncodeAwarenessUpdate([2]), "b");
        log.Add("# 4");
        a.ApplyAwarenessUpdate(b.EncodeAwarenessUpdate([2]), "b");
        log.Add("# 5");
        c.ApplyAwarenessUpdate(b.EncodeAwarenessUpdate([2]), "b");
        c.RemoveAwarenessStates([2], "x");
        a.ApplyAwarenessUpdate(c.EncodeAwarenessUpdate([2]), "c");
        log.Add("# 6");
        b.SetLocalState(Obj(("n", "b"), ("x", 1)));
        a.ApplyAwarenessUpdate(b.EncodeAwarenessUpdate([2]), "b");
        log.Add("# 7");
        a.SetLocalStateField("me", 1);
        b.ApplyAwarenessUpdate(a.EncodeAwarenessUpdate([1]), "a");
        b.RemoveAwarenessStates([1], "x");
        a.ApplyAwarenessUpdate(b.EncodeAwarenessUpdate([1]), "b");
        log.Add("# 8");
        a.SetLocalState(null);

        string[] expected =
        [
            "# 1", "change b +2 ~ -", "update b +2 ~ -",
            "# 2", "change c +3 ~ -", "update c +3 ~ -",
            "# 3", "change b + ~2 -", "update b + ~2 -",
            "# 4",
            "# 5", "change c + ~ -2", "update c + ~ -2",
            "# 6", "change b + ~2 -", "update b + ~2 -",
            "# 7", "change local + ~1 -", "update local + ~1 -", "change b + ~ -1", "update b + ~ -1",
            "# 8", "change local + ~ -1", "update local + ~ -1",
        ];
        Assert.Equal(expected, log);
        Assert.Equal(
            "030103046E756C6C02030F7B226E223A2262222C2278223A317D0301097B226E223A2263227D",
            Convert.ToHexString(a.EncodeAwarenessUpdate([1, 2, 3])));
    }

    private static string Format(string kind, AwarenessChanges ch, object? origin) =>
        $"{kind} {origin} +{string.Join(',', ch.Added)} ~{string.Join(',', ch.Updated)} -{string.Join(',', ch.Removed)}";

    private static JsObject Obj(params (string Key, object? Value)[] entries)
    {
        var o = new JsObject();
        foreach (var (k, v) in entries)
        {
            o.Set(k, JsValue.Normalize(v));
        }

        return o;
    }
}
