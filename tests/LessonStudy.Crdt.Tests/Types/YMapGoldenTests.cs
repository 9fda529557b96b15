using System.Numerics;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types;

/// <summary>Map and nested-type update bytes compared with bytes produced by yjs 13.6.33.</summary>
public class YMapGoldenTests
{
    // const d = new Y.Doc(); d.clientID = 2; const m = d.getMap('map')
    // m.set('num', 42); m.set('str', 'hello'); m.set('obj', { x: 1, '10': 'ten', '2': 'two' })
    // m.set('bin', new Uint8Array([9, 8])); m.set('num', 43); m.delete('str'); m.set('nul', null); m.set('big', 10n)
    [Fact]
    public void Edits_MatchYjsUpdatesAndState()
    {
        var r = new RecordingDoc(2);
        var m = r.Doc.GetMap("map");
        m.Set("num", 42);
        m.Set("str", "hello");
        m.Set("obj", new Dictionary<string, object?> { ["x"] = 1, ["10"] = "ten", ["2"] = "two" });
        m.Set("bin", new byte[] { 9, 8 });
        m.Set("num", 43);
        m.Delete("str");
        m.Set("nul", null);
        m.Set("big", new BigInteger(10));

        Assert.Equal(
            [
                "010102002801036d6170036e756d017d2a00",
                "010102012801036d61700373747201770568656c6c6f00",
                "010102022801036d6170036f626a0176030132770374776f023130770374656e01787d0100",
                "010102032301036d61700362696e02090800",
                "01010204a80200017d2b0102010001",
                "000102010101",
                "010102052801036d6170036e756c017e00",
                "010102062801036d617003626967017a000000000000000a00",
            ],
            r.Updates);
        Assert.Equal(
            "010702002101036d6170036e756d012101036d617003737472012801036d6170036f626a0176030132770374776f023130770374656e01787d012301036d61700362696e020908a80200017d2b2801036d6170036e756c017e2801036d617003626967017a000000000000000a0102010002",
            r.FullState);
        Assert.Equal(
            "000002420001000009210128002300a8002827246d61706e756d6d61707374726d61706f626a6d617062696e6d61706e756c6d6170626967430a01010002410401070076030132770374776f023130770374656e01787d010209087d2b7e7a000000000000000a0102010001",
            r.FullStateV2);
        Assert.Equal(new[] { "num", "obj", "bin", "nul", "big" }, m.Keys().ToArray());
    }

    // const d = new Y.Doc(); d.clientID = 1; const m = d.getMap('m'); m.set('k', 1); m.set('k', 2)
    [Fact]
    public void Overwrite_GcsOldValueToContentDeleted()
    {
        var r = new RecordingDoc(1);
        var m = r.Doc.GetMap("m");
        m.Set("k", 1);
        m.Set("k", 2);

        Assert.Equal(["010101002801016d016b017d0100", "01010101a80100017d020101010001"], r.Updates);
        Assert.Equal("010201002101016d016b01a80100017d020101010001", r.FullState);
        Assert.Equal("0000024100010000032100a805026d6b41000101000241000102007d020101010000", r.FullStateV2);
    }

    // const d = new Y.Doc(); d.clientID = 3; const m = d.getMap('root')
    // const inner = new Y.Map(); inner.set('a', 1); inner.set('b', 'bee')
    // const arr = new Y.Array(); arr.push([1, 2]); arr.insert(0, ['zero'])
    // m.set('inner', inner); m.set('arr', arr)
    // arr.push([new Y.Map([['k', 'v']])]); inner.set('c', true)
    [Fact]
    public void NestedPrelimTypes_MatchYjsUpdatesAndState()
    {
        var r = new RecordingDoc(3);
        var m = r.Doc.GetMap("root");
        var inner = new YMap();
        inner.Set("a", 1);
        inner.Set("b", "bee");
        var arr = new YArray();
        arr.Push(1, 2);
        arr.Insert(0, "zero");
        m.Set("inner", inner);
        m.Set("arr", arr);
        arr.Push(new YMap([new KeyValuePair<string, object?>("k", "v")]));
        inner.Set("c", true);

        Assert.Equal(
            [
                "01030300270104726f6f7405696e6e657201280003000161017d0128000300016201770362656500",
                "01020303270104726f6f740361727200080003030377047a65726f7d017d0200",
                "010203078703060128000307016b0177017600",
                "01010309280003000163017800",
            ],
            r.Updates);
        Assert.Equal(
            "01080300270104726f6f7405696e6e657201280003000161017d01280003000162017703626565270104726f6f740361727200080003030377047a65726f7d017d028703060128000307016b01770176280003000163017800",
            r.FullState);
        Assert.Equal(
            "00000243050601000700024e000b27002801270008008700281d14726f6f74696e6e65726162726f6f746172726b6304054100040341000701000001010000030100010541000341000108007d01770362656577047a65726f7d017d027701767800",
            r.FullStateV2);
        Assert.Equal("""{"inner":{"a":1,"b":"bee","c":true},"arr":["zero",1,2,{"k":"v"}]}""", JsJson.Stringify(m.ToJson()));
    }

    // YJS-FORMATS.md §1.10: const d = new Y.Doc(); d.clientID = 5
    // const a = d.getArray('a'); a.insert(0, [new Y.Map()]); a.delete(0, 1)
    [Fact]
    public void DeletedNestedMap_IsCollectedAsInFormatsDoc()
    {
        var r = new RecordingDoc(5);
        var a = r.Doc.GetArray("a");
        a.Insert(0, new YMap());
        a.Delete(0, 1);

        Assert.Equal("0101050001010161010105010001", r.FullState);
    }

    // const d = new Y.Doc(); d.clientID = 1; const a = d.getArray('a')
    // const m = new Y.Map(); m.set('x', 1); m.set('y', 'z'); a.insert(0, [m, 'after']); a.delete(0, 1)
    [Fact]
    public void DeletedFilledNestedMap_ChildrenBecomeGc()
    {
        var r = new RecordingDoc(1);
        var a = r.Doc.GetArray("a");
        var m = new YMap();
        m.Set("x", 1);
        m.Set("y", "z");
        a.Insert(0, m, "after");
        a.Delete(0, 1);

        Assert.Equal(
            ["010401000701016101280001000178017d012800010001790177017a880100017705616674657200", "000101010003"],
            r.Updates);
        Assert.Equal("010301000101016101000288010001770561667465720101010003", r.FullState);
        Assert.Equal("00000241000100000501000000880301610101010003010201010300770561667465720101010002", r.FullStateV2);
        Assert.Equal(new object?[] { "after" }, a.ToArray());
    }
}
