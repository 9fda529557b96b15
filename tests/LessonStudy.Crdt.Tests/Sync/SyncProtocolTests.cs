using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;

namespace LessonStudy.Crdt.Tests.Sync;

public class SyncProtocolTests
{
    // yjs 13.6.33: client 1, getText('text').insert(0, 'abc'), delete(1, 1) (YJS-FORMATS.md 1.11).
    private static readonly byte[] FullState = Convert.FromHexString("010301000401047465787401618101000184010101630101010101");

    private static Doc DocWithText()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        doc.ApplyUpdate(FullState);
        return doc;
    }

    [Fact]
    public void WriteSyncStep1_Doc_MatchesYProtocolsBytes()
    {
        var writer = new Lib0Writer();

        SyncProtocol.WriteSyncStep1(writer, DocWithText());

        Assert.Equal("000003010103", Convert.ToHexString(ProtocolMessage.EncodeSync(writer.WrittenSpan)));
    }

    [Fact]
    public void ReadSyncMessage_Step1EmptyStateVector_RepliesWithWholeDocument()
    {
        var reply = new Lib0Writer();

        var type = SyncProtocol.ReadSyncMessage(new Lib0Reader(Convert.FromHexString("000100")), reply, DocWithText(), null);

        Assert.Equal(SyncMessageType.SyncStep1, type);
        Assert.Equal("011B" + Convert.ToHexString(FullState), Convert.ToHexString(reply.WrittenSpan));
    }

    [Fact]
    public void ReadSyncMessage_Step1PartialStateVector_RepliesWithMissingStructs()
    {
        var reply = new Lib0Writer();

        SyncProtocol.ReadSyncMessage(new Lib0Reader(Convert.FromHexString("0003010102")), reply, DocWithText(), null);

        // y-protocols 1.0.7 writeSyncStep2(encoder, doc, sv {1: 2}).
        Assert.Equal("010E0101010284010101630101010101", Convert.ToHexString(reply.WrittenSpan));
    }

    [Fact]
    public void ReadSyncMessage_StepsBothWays_DocumentsConverge()
    {
        var a = DocWithText();
        var b = new Doc(new DocOptions { ClientId = 2 });
        var fromB = new Lib0Writer();
        SyncProtocol.WriteSyncStep1(fromB, b);

        var toB = new Lib0Writer();
        SyncProtocol.ReadSyncMessage(new Lib0Reader(fromB.ToArray()), toB, a, "b");
        var none = new Lib0Writer();
        var type = SyncProtocol.ReadSyncMessage(new Lib0Reader(toB.ToArray()), none, b, "a");

        Assert.Equal(SyncMessageType.SyncStep2, type);
        Assert.Equal(0, none.Length);
        Assert.Equal(a.EncodeStateVector(), b.EncodeStateVector());
        Assert.Equal(a.EncodeStateAsUpdate(), b.EncodeStateAsUpdate());
    }

    [Fact]
    public void ReadSyncMessage_Update_AppliedWithOrigin()
    {
        var doc = new Doc(new DocOptions { ClientId = 2 });
        object? seenOrigin = null;
        doc.Update += (_, origin, _) => seenOrigin = origin;
        var writer = new Lib0Writer();
        SyncProtocol.WriteUpdate(writer, FullState);

        var type = SyncProtocol.ReadSyncMessage(new Lib0Reader(writer.ToArray()), new Lib0Writer(), doc, "peer");

        Assert.Equal(SyncMessageType.Update, type);
        Assert.Equal("peer", seenOrigin);
        Assert.Equal(FullState, doc.EncodeStateAsUpdate());
    }

    [Fact]
    public void ReadSyncMessage_MalformedUpdate_ThrowsAndLeavesDocument()
    {
        var doc = DocWithText();
        var before = doc.EncodeStateAsUpdate();
        var writer = new Lib0Writer();
        SyncProtocol.WriteUpdate(writer, FullState.AsSpan(0, FullState.Length - 3));

        Assert.Throws<CrdtFormatException>(() => SyncProtocol.ReadSyncMessage(new Lib0Reader(writer.ToArray()), new Lib0Writer(), doc, null));
        Assert.Equal(before, doc.EncodeStateAsUpdate());
    }

    [Theory]
    [InlineData("03")]
    [InlineData("")]
    [InlineData("0105")]
    public void ReadSyncMessage_UnknownOrTruncated_ThrowsFormatException(string hex)
    {
        Assert.Throws<CrdtFormatException>(() => SyncProtocol.ReadSyncMessage(new Lib0Reader(Convert.FromHexString(hex)), new Lib0Writer(), new Doc(), null));
    }

    [Theory]
    [InlineData("000100", false)]
    [InlineData("010100", true)]
    [InlineData("020100", true)]
    [InlineData("8000", false)]
    [InlineData("", true)]
    public void ModifiesDocument_SyncMessage_OnlyStep1IsReadOnly(string hex, bool expected)
    {
        Assert.Equal(expected, SyncProtocol.ModifiesDocument(Convert.FromHexString(hex)));
    }

    [Fact]
    public void Awareness_FromDoc_UsesDocumentClientId()
    {
        Assert.Equal(7UL, new Awareness(new Doc(new DocOptions { ClientId = 7 })).ClientId);
    }
}
