using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt.Tests.Updates;

/// <summary>Inputs yjs never writes (clients ascending, a client twice): merged into one block per client, descending.</summary>
public class EncodedUpdatesOrderTests
{
    [Fact]
    public void MergeUpdates_ClientsAscendingAndRepeated_OneBlockPerClientDescending()
    {
        var w = new Lib0Writer();
        w.WriteVarUint(3);
        WriteRootStringBlock(w, client: 1, clock: 0, "ab");
        WriteRootStringBlock(w, client: 5, clock: 0, "cd");
        WriteRootStringBlock(w, client: 1, clock: 2, "ef", originClock: 1);
        w.WriteVarUint(0);
        var update = w.ToArray();

        var merged = EncodedUpdates.MergeUpdates([update, new byte[] { 0, 0 }]);

        var meta = EncodedUpdates.ParseUpdateMeta(merged);
        Assert.Equal([5UL, 1UL], meta.From.Keys);
        Assert.Equal(4, meta.To[1]);
        // A document reading the combined update keeps only the last block of client 1 (as yjs does);
        // the merge keeps all three, as if they had come as separate updates.
        var separate = new Doc(new DocOptions { ClientId = 99 });
        foreach (var (client, clock, text, origin) in new (ulong, long, string, long?)[] { (1, 0, "ab", null), (5, 0, "cd", null), (1, 2, "ef", 1) })
        {
            var one = new Lib0Writer();
            one.WriteVarUint(1);
            WriteRootStringBlock(one, client, clock, text, origin);
            one.WriteVarUint(0);
            separate.ApplyUpdate(one.ToArray());
        }

        var viaMerge = new Doc(new DocOptions { ClientId = 99 });
        viaMerge.ApplyUpdate(merged);
        Assert.Equal("abefcd", separate.GetText("t").ToString());
        Assert.Equal(separate.EncodeStateAsUpdate(), viaMerge.EncodeStateAsUpdate());
    }

    [Fact]
    public void MergeUpdates_Zero_EmptyUpdate()
    {
        Assert.Equal(new byte[] { 0, 0 }, EncodedUpdates.MergeUpdates([]));
        // YJS-FORMATS.md 1.6: the empty V2 update.
        Assert.Equal(Convert.FromHexString("00000000000001000000000000"), EncodedUpdates.MergeUpdatesV2([]));
    }

    [Fact]
    public void MergeUpdates_One_ReturnedUnchanged()
    {
        byte[] junk = [1, 2, 3];

        Assert.Equal(junk, EncodedUpdates.MergeUpdates([junk]));
    }

    private static void WriteRootStringBlock(Lib0Writer w, ulong client, long clock, string text, long? originClock = null)
    {
        w.WriteVarUint(1);
        w.WriteVarUint(client);
        w.WriteVarUint((ulong)clock);
        if (originClock is { } o)
        {
            w.WriteUint8(0x84);
            w.WriteVarUint(client);
            w.WriteVarUint((ulong)o);
        }
        else
        {
            w.WriteUint8(0x04);
            w.WriteVarUint(1);
            w.WriteVarString("t");
        }

        w.WriteVarString(text);
    }
}
