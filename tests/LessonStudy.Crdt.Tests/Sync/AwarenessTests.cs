using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;

namespace LessonStudy.Crdt.Tests.Sync;

public class AwarenessTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JsObject Obj(params (string Key, object? Value)[] entries)
    {
        var o = new JsObject();
        foreach (var (k, v) in entries)
        {
            o.Set(k, JsValue.Normalize(v));
        }

        return o;
    }

    [Fact]
    public void Constructor_NewAwareness_EncodesEmptyObjectAtClockZero()
    {
        var awareness = new Awareness(1);

        // y-protocols 1.0.7: new Awareness(doc with clientID 1) then encodeAwarenessUpdate(a, [1]).
        Assert.Equal("010100027B7D", Convert.ToHexString(awareness.EncodeAwarenessUpdate([1])));
    }

    [Fact]
    public void EncodeAwarenessUpdate_States_MatchYProtocolsBytes()
    {
        var awareness = new Awareness(1);

        awareness.SetLocalState(Obj(("user", Obj(("name", "a")))));
        Assert.Equal("010101157B2275736572223A7B226E616D65223A2261227D7D", Convert.ToHexString(awareness.EncodeAwarenessUpdate([1])));

        // Integer-like keys first, JSON.stringify escapes and number format.
        awareness.SetLocalState(Obj(("n", 1.5), ("s", "é\"\\\n"), ("arr", new object?[] { 1, null, true }), ("2", "x"), ("b", "y")));
        Assert.Equal(
            "0101023C7B2232223A2278222C226E223A312E352C2273223A22C3A95C225C5C5C6E222C22617272223A5B312C6E756C6C2C747275655D2C2262223A2279227D",
            Convert.ToHexString(awareness.EncodeAwarenessUpdate([1])));

        awareness.SetLocalState(null);
        Assert.Equal("010103046E756C6C", Convert.ToHexString(awareness.EncodeAwarenessUpdate([1])));
    }

    [Fact]
    public void ApplyAwarenessUpdate_NewerClock_AddsThenUpdatesRemoteState()
    {
        var time = new ManualTimeProvider(Start);
        var local = new Awareness(1, time);
        var remote = new Awareness(2, time);
        var changes = new List<(AwarenessChanges Changes, object? Origin)>();
        local.Change += (c, o) => changes.Add((c, o));

        remote.SetLocalStateField("cursor", 1);
        local.ApplyAwarenessUpdate(remote.EncodeAwarenessUpdate([2]), "peer");
        remote.SetLocalStateField("cursor", 5);
        local.ApplyAwarenessUpdate(remote.EncodeAwarenessUpdate([2]), "peer");

        Assert.Equal(2, changes.Count);
        Assert.Equal([2UL], changes[0].Changes.Added);
        Assert.Equal("peer", changes[0].Origin);
        Assert.Equal([2UL], changes[1].Changes.Updated);
        Assert.Equal(Obj(("cursor", 5)), local.GetStates()[2]);
        Assert.Equal(2UL, local.Meta[2].Clock);
    }

    [Fact]
    public void ApplyAwarenessUpdate_UnknownClientAtClockZero_Ignored()
    {
        var local = new Awareness(1);

        // A fresh peer's state has clock 0, which is not newer than "unknown" (0), as in y-protocols.
        local.ApplyAwarenessUpdate(new Awareness(2).EncodeAwarenessUpdate([2]), null);

        Assert.False(local.GetStates().ContainsKey(2));
    }

    [Fact]
    public void ApplyAwarenessUpdate_SameClockWithState_Ignored()
    {
        var local = new Awareness(1);
        var remote = new Awareness(2);
        remote.SetLocalState(Obj(("v", 1)));
        local.ApplyAwarenessUpdate(remote.EncodeAwarenessUpdate([2]), null);
        var updates = 0;
        local.Update += (_, _) => updates++;

        // Same clock (1) but a different state: not newer, so not taken.
        var forged = new Awareness(2);
        forged.SetLocalState(Obj(("v", 2)));
        local.ApplyAwarenessUpdate(forged.EncodeAwarenessUpdate([2]), null);

        Assert.Equal(0, updates);
        Assert.Equal(Obj(("v", 1)), local.GetStates()[2]);
    }

    [Fact]
    public void ApplyAwarenessUpdate_SameClockNull_RemovesRemoteState()
    {
        var local = new Awareness(1);
        var remote = new Awareness(2);
        remote.SetLocalState(Obj(("v", 1)));
        local.ApplyAwarenessUpdate(remote.EncodeAwarenessUpdate([2]), null);
        var removed = new List<ulong>();
        local.Change += (c, _) => removed.AddRange(c.Removed);

        // A third peer thinks client 2 is gone: null with client 2's current clock (1).
        var bytes = Convert.FromHexString("010201046E756C6C");
        local.ApplyAwarenessUpdate(bytes, "third");

        Assert.False(local.GetStates().ContainsKey(2));
        Assert.Equal([2UL], removed);
    }

    [Fact]
    public void ApplyAwarenessUpdate_RemoteNullForOwnClient_BumpsClockKeepsState()
    {
        var local = new Awareness(1);
        local.SetLocalState(Obj(("me", true)));
        var clockBefore = local.Meta[1].Clock;

        // Client 1, clock = ours + 1, state null.
        var w = new Lib0Writer();
        w.WriteVarUint(1);
        w.WriteVarUint(1);
        w.WriteVarUint(clockBefore + 1);
        w.WriteVarString("null");
        local.ApplyAwarenessUpdate(w.ToArray(), "peer");

        Assert.Equal(Obj(("me", true)), local.GetLocalState());
        Assert.Equal(clockBefore + 2, local.Meta[1].Clock);
    }

    [Fact]
    public void ApplyAwarenessUpdate_Truncated_ThrowsAndChangesNothing()
    {
        var local = new Awareness(1);
        var remote = new Awareness(2);
        remote.SetLocalState(Obj(("v", 1)));
        var good = remote.EncodeAwarenessUpdate([2]);
        var twoEntries = new byte[] { 2 }.Concat(good.AsSpan(1).ToArray()).Concat(new byte[] { 3, 0 }).ToArray();

        Assert.Throws<CrdtFormatException>(() => local.ApplyAwarenessUpdate(twoEntries, null));
        Assert.Throws<CrdtFormatException>(() => local.ApplyAwarenessUpdate(Convert.FromHexString("010200027B"), null));
        Assert.False(local.GetStates().ContainsKey(2));
    }

    [Fact]
    public void CheckOutdated_RemoteSilentFor30s_RemovedWithTimeoutOrigin()
    {
        var time = new ManualTimeProvider(Start);
        var local = new Awareness(1, time);
        var remote = new Awareness(2, time);
        remote.SetLocalState(Obj(("v", 1)));
        local.ApplyAwarenessUpdate(remote.EncodeAwarenessUpdate([2]), null);
        object? origin = null;
        local.Change += (c, o) => origin = c.Removed.Contains(2UL) ? o : origin;

        time.Advance(TimeSpan.FromMilliseconds(29_999));
        local.CheckOutdated();
        Assert.True(local.GetStates().ContainsKey(2));

        time.Advance(TimeSpan.FromMilliseconds(1));
        local.CheckOutdated();
        Assert.False(local.GetStates().ContainsKey(2));
        Assert.Equal(Awareness.TimeoutOrigin, origin);
        Assert.True(local.GetStates().ContainsKey(1));
    }

    [Fact]
    public void CheckOutdated_OwnStateOlderThan15s_RenewsClock()
    {
        var time = new ManualTimeProvider(Start);
        var local = new Awareness(1, time);
        var updates = 0;
        local.Update += (c, _) => updates += c.Updated.Count;

        time.Advance(TimeSpan.FromSeconds(14));
        local.CheckOutdated();
        Assert.Equal(0UL, local.Meta[1].Clock);

        time.Advance(TimeSpan.FromSeconds(1));
        local.CheckOutdated();
        Assert.Equal(1UL, local.Meta[1].Clock);
        Assert.Equal(1, updates);
        Assert.Equal(time.GetUtcNow().ToUnixTimeMilliseconds(), local.Meta[1].LastUpdated);
    }

    [Fact]
    public void SetLocalState_SameContent_UpdateButNoChange()
    {
        var local = new Awareness(1);
        var change = 0;
        var update = 0;
        local.Change += (_, _) => change++;
        local.Update += (_, _) => update++;

        local.SetLocalState(new JsObject());

        Assert.Equal(0, change);
        Assert.Equal(1, update);
    }

    [Fact]
    public void RemoveAwarenessStates_OwnClient_BumpsClockAndRemoves()
    {
        var local = new Awareness(1);

        local.RemoveAwarenessStates([1, 42], "bye");

        Assert.Null(local.GetLocalState());
        Assert.Equal(1UL, local.Meta[1].Clock);
        Assert.Equal("010101046E756C6C", Convert.ToHexString(local.EncodeAwarenessUpdate([1])));
    }

    [Fact]
    public void ModifyAwarenessUpdate_Rewrite_ReencodesEveryState()
    {
        var remote = new Awareness(2);
        remote.SetLocalState(Obj(("user", "mallory")));

        var modified = Awareness.ModifyAwarenessUpdate(remote.EncodeAwarenessUpdate([2]), _ => Obj(("user", "alice")));

        var entry = Assert.Single(Awareness.DecodeAwarenessUpdate(modified));
        Assert.Equal((2UL, 1UL), (entry.Client, entry.Clock));
        Assert.Equal(Obj(("user", "alice")), entry.State);
    }
}
