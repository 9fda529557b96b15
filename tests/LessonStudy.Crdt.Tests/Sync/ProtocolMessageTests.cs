using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;

namespace LessonStudy.Crdt.Tests.Sync;

public class ProtocolMessageTests
{
    // y-protocols 1.0.7: awareness update of client 1, clock 1, state {"user":{"name":"a"}}.
    private static readonly byte[] AwarenessUpdate = Convert.FromHexString("010101157B2275736572223A7B226E616D65223A2261227D7D");

    [Fact]
    public void EncodeAwareness_GoldenUpdate_LengthPrefixedAsYWebsocket()
    {
        var frame = ProtocolMessage.EncodeAwareness(AwarenessUpdate);

        Assert.Equal("0119" + Convert.ToHexString(AwarenessUpdate), Convert.ToHexString(frame));
    }

    [Fact]
    public void Decode_AwarenessFrame_UnwrapsUpdate()
    {
        var message = ProtocolMessage.Decode(ProtocolMessage.EncodeAwareness(AwarenessUpdate));

        Assert.Equal(ProtocolMessageType.Awareness, message.Type);
        Assert.Equal(AwarenessUpdate, message.Payload.ToArray());
    }

    [Fact]
    public void Decode_SyncFrame_PayloadIsSyncMessage()
    {
        // [0] + SyncStep1 of a doc whose state vector is {1: 3} (YJS-FORMATS.md 1.9).
        var message = ProtocolMessage.Decode(Convert.FromHexString("000003010103"));

        Assert.Equal(ProtocolMessageType.Sync, message.Type);
        Assert.Equal("0003010103", Convert.ToHexString(message.Payload.Span));
    }

    [Fact]
    public void EncodeSync_Payload_PrefixesZero()
    {
        Assert.Equal("000003010103", Convert.ToHexString(ProtocolMessage.EncodeSync(Convert.FromHexString("0003010103"))));
    }

    [Fact]
    public void EncodePermissionDenied_Reason_RoundTrips()
    {
        var frame = ProtocolMessage.EncodePermissionDenied("nö");

        Assert.Equal("0200036EC3B6", Convert.ToHexString(frame));
        Assert.Equal("nö", ProtocolMessage.Decode(frame).ReadPermissionDeniedReason());
    }

    [Fact]
    public void Decode_QueryAwareness_EmptyPayload()
    {
        var message = ProtocolMessage.Decode(ProtocolMessage.EncodeQueryAwareness());

        Assert.Equal(ProtocolMessageType.QueryAwareness, message.Type);
        Assert.True(message.Payload.IsEmpty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("04")]
    [InlineData("80")]
    [InlineData("0105AA")]
    public void Decode_MalformedFrame_ThrowsFormatException(string hex)
    {
        Assert.Throws<CrdtFormatException>(() => ProtocolMessage.Decode(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("000003010103", false)] // sync step 1
    [InlineData("0001020000", true)] // sync step 2
    [InlineData("0002020000", true)] // update
    [InlineData("80000100", true)] // non-canonical outer 0, step 2
    [InlineData("008100020000", true)] // non-canonical inner 1
    [InlineData("00800000", false)] // non-canonical step 1
    [InlineData("00", true)] // truncated
    [InlineData("0107", false)] // awareness
    [InlineData("03", false)] // query awareness
    [InlineData("09", true)] // unknown
    public void ModifiesDocument_Frame_GatesWrites(string hex, bool expected)
    {
        Assert.Equal(expected, ProtocolMessage.ModifiesDocument(Convert.FromHexString(hex)));
    }
}
