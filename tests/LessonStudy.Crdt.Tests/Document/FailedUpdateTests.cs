using LessonStudy.Crdt.Encoding;
using static LessonStudy.Crdt.Tests.Document.ItemEditing;

namespace LessonStudy.Crdt.Tests.Document;

/// <summary>A rejected update throws only <see cref="CrdtFormatException"/> and leaves the document byte-identical.</summary>
public class FailedUpdateTests
{
    private const string FinalState = "02020200c4010001010178c10200010101030100040101740161810100018401010163020201010101010101";
    private const string B1 = "01010200c40100010102787900";

    private static byte[] Hex(string s) => Convert.FromHexString(s);

    private static string Fingerprint(Doc doc) =>
        Convert.ToHexString(doc.EncodeStateVector())
        + "|" + (doc.Store.PendingStructs is { } p ? Convert.ToHexString(p.Update) + string.Join(",", p.Missing) : "-")
        + "|" + (doc.Store.PendingDs is { } ds ? Convert.ToHexString(ds) : "-")
        + "|" + Text(doc.GetText("t"))
        + "|" + (doc.Store.PendingStructs is null && doc.Store.PendingDs is null ? Convert.ToHexString(doc.EncodeStateAsUpdate()) : "");

    /// <summary>A document with content and pending structs, so every part of the state is covered.</summary>
    private static Doc StartingDoc()
    {
        var doc = NewDoc(9);
        doc.ApplyUpdate(Hex("01010100040101740361626300"));
        return doc;
    }

    private static void AssertRejectedOrApplied(byte[] update, Action<Doc, byte[]> apply, string context)
    {
        var doc = StartingDoc();
        var before = Fingerprint(doc);
        try
        {
            apply(doc, update);
        }
        catch (CrdtFormatException)
        {
            Assert.True(before == Fingerprint(doc), $"Document changed by a rejected update ({context}).");
        }
    }

    [Fact]
    public void TruncatedUpdates_AreRejectedWithoutChange()
    {
        var full = Hex(FinalState);
        for (var len = 0; len < full.Length; len++)
        {
            AssertRejectedOrApplied(full[..len], (d, u) => d.ApplyUpdate(u), $"prefix {len}");
        }
    }

    [Fact]
    public void CorruptedUpdates_ThrowOnlyFormatExceptionsAndLeaveDocUnchanged()
    {
        const int Seed = 20261123;
        var random = new Random(Seed);
        var full = Hex(FinalState);
        for (var round = 0; round < 2000; round++)
        {
            var update = (byte[])full.Clone();
            var flips = 1 + random.Next(3);
            for (var f = 0; f < flips; f++)
            {
                update[random.Next(update.Length)] = (byte)random.Next(256);
            }

            AssertRejectedOrApplied(update, (d, u) => d.ApplyUpdate(u), $"seed {Seed}, round {round}");
        }
    }

    [Fact]
    public void CorruptedV2Updates_ThrowOnlyFormatExceptionsAndLeaveDocUnchanged()
    {
        const int Seed = 4242;
        var random = new Random(Seed);
        var source = NewDoc(2);
        source.ApplyUpdate(Hex(FinalState));
        var full = source.EncodeStateAsUpdateV2();
        for (var round = 0; round < 2000; round++)
        {
            var update = (byte[])full.Clone();
            update[random.Next(update.Length)] = (byte)random.Next(256);
            AssertRejectedOrApplied(update, (d, u) => d.ApplyUpdateV2(u), $"seed {Seed}, round {round}");
        }
    }

    [Fact]
    public void UnknownContentRef_IsRejected()
    {
        var doc = StartingDoc();
        var before = Fingerprint(doc);
        // One struct of client 5 with info 0x0B (ref 11 does not exist), parent "t".
        var ex = Assert.Throws<CrdtFormatException>(() => doc.ApplyUpdate(Hex("010105000b01017400")));
        Assert.Contains("content ref", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(doc));
    }

    [Fact]
    public void OriginOnOwnLaterClock_IsRejected()
    {
        var doc = StartingDoc();
        var before = Fingerprint(doc);
        // Client 5 struct at clock 0 with origin (5,3): a client cannot refer to its own future.
        Assert.Throws<CrdtFormatException>(() => doc.ApplyUpdate(Hex("0101050084050301610000")));
        Assert.Equal(before, Fingerprint(doc));
    }

    [Fact]
    public void ValidStructsFollowedByBrokenDeleteSet_ChangeNothing()
    {
        var doc = StartingDoc();
        var before = Fingerprint(doc);
        // B1's structs are fine, but the delete set claims one client and ends.
        var update = Hex(B1)[..^1].Concat(new byte[] { 0x01 }).ToArray();
        Assert.Throws<CrdtFormatException>(() => doc.ApplyUpdate(update));
        Assert.Equal(before, Fingerprint(doc));
    }

    [Fact]
    public void UpdateOverStructLimit_IsRejected()
    {
        var doc = new Doc(new DocOptions { ClientId = 9, Limits = DecodeLimits.Default with { MaxStructs = 2 } });
        Assert.Throws<CrdtFormatException>(() => doc.ApplyUpdate(Hex(FinalState)));
        Assert.Equal("00", Convert.ToHexString(doc.EncodeStateVector()));
    }

    [Fact]
    public void OverlappingDeleteRangesForUnknownStructs_AreMergedIntoPendingDeletes()
    {
        var doc = StartingDoc();
        // No structs; client 5 ranges [0,3) and [1,2): overlapping, as no yjs encoder writes them.
        doc.ApplyUpdate(Hex("0001050200030101"));
        var decoder = new UpdateDecoderV2(doc.Store.PendingDs);
        Assert.Equal(0UL, decoder.RestDecoder.ReadVarUint());
        var pending = DeleteSet.Read(decoder);
        Assert.Equal([new DeleteItem(0, 3)], pending.Clients[5]);
    }
}
