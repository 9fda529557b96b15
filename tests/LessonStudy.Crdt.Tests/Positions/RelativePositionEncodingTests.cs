using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Positions;

namespace LessonStudy.Crdt.Tests.Positions;

/// <summary>Bytes and JSON as yjs 13.6.33 produces them (YJS-FORMATS.md 1.8 and createRelativePositionFromTypeIndex output).</summary>
public class RelativePositionEncodingTests
{
    public static TheoryData<string, string, string> Golden() => new()
    {
        // (tname or type "client:clock" or "", item "client:clock" or "", assoc), hex, JSON
        { "text|1:0|0", "00010000", """{"tname":"text","item":{"client":1,"clock":0},"assoc":0}""" },
        { "text||-1", "01047465787441", """{"tname":"text","assoc":-1}""" },
        { "text|1:1|1", "00010101", """{"tname":"text","item":{"client":1,"clock":1},"assoc":1}""" },
        { "text|1:0|-1", "00010041", """{"tname":"text","item":{"client":1,"clock":0},"assoc":-1}""" },
        { "text||0", "01047465787400", """{"tname":"text","assoc":0}""" },
        { "#1:3|1:4|0", "00010400", """{"type":{"client":1,"clock":3},"item":{"client":1,"clock":4},"assoc":0}""" },
        { "#1:3||-1", "02010341", """{"type":{"client":1,"clock":3},"assoc":-1}""" },
        { "#1:3||1", "02010301", """{"type":{"client":1,"clock":3},"assoc":1}""" },
        { "|1:2|0", "00010200", """{"item":{"client":1,"clock":2},"assoc":0}""" },
    };

    [Theory]
    [MemberData(nameof(Golden))]
    public void Encode_Position_MatchesYjsBytesAndJson(string spec, string hex, string json)
    {
        var rpos = Parse(spec);

        Assert.Equal(hex, Convert.ToHexString(RelativePositions.EncodeRelativePosition(rpos)).ToLowerInvariant());
        Assert.Equal(json, JsJson.Stringify(RelativePositions.RelativePositionToJson(rpos)));
    }

    [Theory]
    [MemberData(nameof(Golden))]
    public void Decode_YjsBytes_KeepsTarget(string spec, string hex, string json)
    {
        var expected = Parse(spec);
        var decoded = RelativePositions.DecodeRelativePosition(Convert.FromHexString(hex));
        var fromJson = RelativePositions.CreateRelativePositionFromJson(JsJson.Parse(json));

        // The binary form keeps only one target: the item wins over the type.
        var binaryTarget = expected.Item is not null ? expected with { TName = null, Type = null } : expected;
        Assert.Equal(binaryTarget, decoded);
        Assert.Equal(expected, fromJson);
        Assert.True(RelativePositions.CompareRelativePositions(expected, fromJson));
    }

    [Fact]
    public void Decode_NoAssoc_DefaultsToZero()
    {
        var rpos = RelativePositions.DecodeRelativePosition(Convert.FromHexString("000102"));

        Assert.Equal(new RelativePosition(null, null, new ID(1, 2), 0), rpos);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0001")]
    [InlineData("03")]
    [InlineData("0104746578")]
    [InlineData("000102ffffffffff0f")]
    public void Decode_Malformed_ThrowsFormatException(string hex)
    {
        Assert.Throws<CrdtFormatException>(() => RelativePositions.DecodeRelativePosition(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("""{"item":{"client":-1,"clock":0}}""")]
    [InlineData("""{"item":{"client":1}}""")]
    [InlineData("""{"tname":5}""")]
    [InlineData("""{"tname":"t","assoc":0.5}""")]
    [InlineData("""[1]""")]
    public void CreateFromJson_Invalid_ThrowsFormatException(string json)
    {
        Assert.Throws<CrdtFormatException>(() => RelativePositions.CreateRelativePositionFromJson(JsJson.Parse(json)));
    }

    [Fact]
    public void CompareRelativePositions_DifferentAssoc_False()
    {
        var a = new RelativePosition(null, "t", new ID(1, 0), 0);

        Assert.False(RelativePositions.CompareRelativePositions(a, a with { Assoc = -1 }));
        Assert.False(RelativePositions.CompareRelativePositions(a, null));
        Assert.True(RelativePositions.CompareRelativePositions(null, null));
    }

    private static RelativePosition Parse(string spec)
    {
        var parts = spec.Split('|');
        ID? type = null;
        string? tname = null;
        if (parts[0].StartsWith('#'))
        {
            type = ParseId(parts[0][1..]);
        }
        else if (parts[0].Length > 0)
        {
            tname = parts[0];
        }

        return new RelativePosition(type, tname, parts[1].Length > 0 ? ParseId(parts[1]) : null, int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static ID ParseId(string s)
    {
        var p = s.Split(':');
        return new ID(ulong.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
