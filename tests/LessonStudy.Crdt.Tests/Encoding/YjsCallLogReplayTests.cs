using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Tests.Encoding.Fixtures;

namespace LessonStudy.Crdt.Tests.Encoding;

/// <summary>
/// Replays the encoder calls yjs made for a varied document (<see cref="YjsCallLog"/>) on our
/// encoders, expecting yjs's bytes, then reads the bytes back call by call with our decoders.
/// </summary>
public class YjsCallLogReplayTests
{
    [Fact]
    public void UpdateEncoderV1_YjsCallSequence_ProducesYjsBytes()
    {
        var encoder = new UpdateEncoderV1();
        Replay(encoder, YjsCallLog.V1Log);

        Assert.Equal(YjsCallLog.V1Bytes, Hex.Of(encoder.ToArray()));
    }

    [Fact]
    public void UpdateEncoderV2_YjsCallSequence_ProducesYjsBytes()
    {
        var encoder = new UpdateEncoderV2();
        Replay(encoder, YjsCallLog.V2Log);

        Assert.Equal(YjsCallLog.V2Bytes, Hex.Of(encoder.ToArray()));
    }

    [Fact]
    public void UpdateDecoderV1_YjsBytes_ReadsYjsCallSequence()
    {
        var decoder = new UpdateDecoderV1(Hex.Bytes(YjsCallLog.V1Bytes));
        ReadBack(decoder, YjsCallLog.V1Log, jsonIsText: true);
    }

    [Fact]
    public void UpdateDecoderV2_YjsBytes_ReadsYjsCallSequence()
    {
        var decoder = new UpdateDecoderV2(Hex.Bytes(YjsCallLog.V2Bytes));
        ReadBack(decoder, YjsCallLog.V2Log, jsonIsText: false);
    }

    [Fact]
    public void UpdateDecoderV2_SurrogateHalvesInAdjacentStrings_AreRestoredByUtf16Slicing()
    {
        var decoder = new UpdateDecoderV2(Hex.Bytes(YjsCallLog.V2Bytes));
        var strings = new List<string>();
        foreach (var call in Calls(YjsCallLog.V2Log))
        {
            if ((string)call[0]! is "writeString")
            {
                strings.Add(decoder.ReadString());
            }
            else
            {
                Skip(decoder, call);
            }
        }

        Assert.Contains("\ud83d", strings);
        Assert.Contains("\ude00", strings);
    }

    private static IEnumerable<object?[]> Calls(string log)
    {
        foreach (var entry in (object?[])JsJson.Parse(log)!)
        {
            yield return (object?[])entry!;
        }
    }

    private static object? AnyFromHex(object? hex) => new Lib0Reader(Hex.Bytes((string)hex!)).ReadAny();

    private static long Num(object? value) => checked((long)(double)value!);

    private static ID Id(object? value)
    {
        var pair = (object?[])value!;
        return new ID((ulong)Num(pair[0]), Num(pair[1]));
    }

    private static void Replay(IUpdateEncoder encoder, string log)
    {
        foreach (var call in Calls(log))
        {
            var arg = call.Length > 1 ? call[1] : null;
            switch ((string)call[0]!)
            {
                case "raw": encoder.RestEncoder.WriteBytes(Hex.Bytes((string)arg!)); break;
                case "writeLeftID": encoder.WriteLeftId(Id(arg)); break;
                case "writeRightID": encoder.WriteRightId(Id(arg)); break;
                case "writeClient": encoder.WriteClient((ulong)Num(arg)); break;
                case "writeInfo": encoder.WriteInfo((byte)Num(arg)); break;
                case "writeString": encoder.WriteString((string)arg!); break;
                case "writeParentInfo": encoder.WriteParentInfo((bool)arg!); break;
                case "writeTypeRef": encoder.WriteTypeRef((int)Num(arg)); break;
                case "writeLen": encoder.WriteLen(Num(arg)); break;
                case "writeAny": encoder.WriteAny(AnyFromHex(arg)); break;
                case "writeBuf": encoder.WriteBuf(Hex.Bytes((string)arg!)); break;
                case "writeJSON": encoder.WriteJson(AnyFromHex(arg)); break;
                case "writeKey": encoder.WriteKey((string)arg!); break;
                case "resetDsCurVal": encoder.ResetDsCurVal(); break;
                case "writeDsClock": encoder.WriteDsClock(Num(arg)); break;
                case "writeDsLen": encoder.WriteDsLen(Num(arg)); break;
                default: throw new InvalidOperationException($"Unknown call {call[0]}");
            }
        }
    }

    private static void ReadBack(IUpdateDecoder decoder, string log, bool jsonIsText)
    {
        var index = 0;
        foreach (var call in Calls(log))
        {
            var arg = call.Length > 1 ? call[1] : null;
            var what = $"call {index++}: {call[0]}";
            switch ((string)call[0]!)
            {
                case "raw":
                    var raw = Hex.Bytes((string)arg!);
                    Assert.True(raw.AsSpan().SequenceEqual(decoder.RestDecoder.ReadBytes(raw.Length).Span), what);
                    break;
                case "writeLeftID": Assert.Equal(Id(arg), decoder.ReadLeftId()); break;
                case "writeRightID": Assert.Equal(Id(arg), decoder.ReadRightId()); break;
                case "writeClient": Assert.Equal((ulong)Num(arg), decoder.ReadClient()); break;
                case "writeInfo": Assert.Equal((byte)Num(arg), decoder.ReadInfo()); break;
                case "writeString": Assert.Equal(jsonIsText ? ReplaceLoneSurrogates((string)arg!) : (string)arg!, decoder.ReadString()); break;
                case "writeParentInfo": Assert.Equal((bool)arg!, decoder.ReadParentInfo()); break;
                case "writeTypeRef": Assert.Equal((int)Num(arg), decoder.ReadTypeRef()); break;
                case "writeLen": Assert.Equal(Num(arg), decoder.ReadLen()); break;
                case "writeAny": Assert.True(JsValue.DeepEquals(AnyFromHex(arg), decoder.ReadAny()), what); break;
                case "writeBuf": Assert.Equal(Hex.Bytes((string)arg!), decoder.ReadBuf()); break;
                case "writeJSON":
                    var expected = AnyFromHex(arg);
                    if (jsonIsText)
                    {
                        expected = JsJson.Parse(JsJson.Stringify(expected)!);
                    }

                    Assert.True(JsValue.DeepEquals(expected, decoder.ReadJson()), what);
                    break;
                case "writeKey": Assert.Equal((string)arg!, decoder.ReadKey()); break;
                case "resetDsCurVal": decoder.ResetDsCurVal(); break;
                case "writeDsClock": Assert.Equal(Num(arg), decoder.ReadDsClock()); break;
                case "writeDsLen": Assert.Equal(Num(arg), decoder.ReadDsLen()); break;
                default: throw new InvalidOperationException($"Unknown call {call[0]}");
            }
        }

        Assert.False(decoder.RestDecoder.HasContent);
    }

    private static void Skip(IUpdateDecoder decoder, object?[] call)
    {
        var arg = call.Length > 1 ? call[1] : null;
        switch ((string)call[0]!)
        {
            case "raw": decoder.RestDecoder.ReadBytes(Hex.Bytes((string)arg!).Length); break;
            case "writeLeftID": decoder.ReadLeftId(); break;
            case "writeRightID": decoder.ReadRightId(); break;
            case "writeClient": decoder.ReadClient(); break;
            case "writeInfo": decoder.ReadInfo(); break;
            case "writeParentInfo": decoder.ReadParentInfo(); break;
            case "writeTypeRef": decoder.ReadTypeRef(); break;
            case "writeLen": decoder.ReadLen(); break;
            case "writeAny": decoder.ReadAny(); break;
            case "writeBuf": decoder.ReadBuf(); break;
            case "writeJSON": decoder.ReadJson(); break;
            case "writeKey": decoder.ReadKey(); break;
            case "resetDsCurVal": decoder.ResetDsCurVal(); break;
            case "writeDsClock": decoder.ReadDsClock(); break;
            case "writeDsLen": decoder.ReadDsLen(); break;
            default: throw new InvalidOperationException($"Unknown call {call[0]}");
        }
    }

    // V1 writes each string on its own, so TextEncoder turns a lone surrogate into U+FFFD.
    private static string ReplaceLoneSurrogates(string s) =>
        System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(s));
}
