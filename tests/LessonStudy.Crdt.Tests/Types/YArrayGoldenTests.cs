using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Tests.Encoding;

namespace LessonStudy.Crdt.Tests.Types;

/// <summary>
/// Update bytes of array edits compared with bytes produced by yjs 13.6.33 (Node, /work/ref) for the
/// same operations and client IDs. Each test quotes the JavaScript that produced the expected hex.
/// </summary>
public class YArrayGoldenTests
{
    // const d = new Y.Doc(); d.clientID = 1; const a = d.getArray('arr')
    // a.insert(0, [1, 'two', true, null, { a: 1, b: [1, 2] }, [1, 2]])
    // a.insert(2, [new Uint8Array([1, 2, 3])])
    // a.push([3.5, -0, 2 ** 31])
    // a.unshift(['first'])
    // a.delete(1, 2)
    // a.insert(3, ['mid1', 'mid2'])
    [Fact]
    public void Edits_SeparateTransactions_MatchYjsUpdatesAndState()
    {
        var r = new RecordingDoc(1);
        var a = r.Doc.GetArray("arr");
        var obj = new JsObject { ["a"] = 1, ["b"] = new object?[] { 1, 2 } };
        a.Insert(0, 1, "two", true, null, obj, new object?[] { 1, 2 });
        a.Insert(2, new byte[] { 1, 2, 3 });
        a.Push(3.5, -0.0, Math.Pow(2, 31));
        a.Unshift("first");
        a.Delete(1, 2);
        a.Insert(3, "mid1", "mid2");

        Assert.Equal(
            [
                "01010100080103617272067d01770374776f787e760201617d01016275027d017d0275027d017d0200",
                "01010106c3010101020301020300",
                "01010107880105037c406000007d407c4f00000000",
                "0101010a480100017705666972737400",
                "000101010002",
                "0101010bc8010201030277046d69643177046d69643200",
            ],
            r.Updates);
        Assert.Equal(
            "01070100010103617272028801010178880102037e760201617d01016275027d017d0275027d017d02c30101010203010203880105037c406000007d407c4f0000004801000177056669727374c8010201030277046d69643177046d6964320101010002",
            r.FullState);
        Assert.Equal(
            "0000024107050300420846030444060b01008801c30088004800c805036172720301010006020143000102010700787e760201617d01016275027d017d0275027d017d02030102037c406000007d407c4f0000007705666972737477046d69643177046d6964320101010001",
            r.FullStateV2);
        Assert.Equal(
            """["first",{"0":1,"1":2,"2":3},true,"mid1","mid2",null,{"a":1,"b":[1,2]},[1,2],3.5,0,2147483648]""",
            JsJson.Stringify(a.ToJson()));
    }

    // const d = new Y.Doc(); d.clientID = 7; const a = d.getArray('arr')
    // d.transact(() => { a.insert(0, [1, 2, 3]); a.insert(1, ['x']); a.delete(2, 1); a.push(['end']) })
    [Fact]
    public void Edits_OneTransaction_MatchYjsUpdate()
    {
        var r = new RecordingDoc(7);
        var a = r.Doc.GetArray("arr");
        r.Doc.Transact(_ =>
        {
            a.Insert(0, 1, 2, 3);
            a.Insert(1, "x");
            a.Delete(2, 1);
            a.Push("end");
        });

        const string expected = "01050700080103617272017d0181070001880701017d03c80700070101770178880702017703656e640107010101";
        Assert.Equal([expected], r.Updates);
        Assert.Equal(expected, r.FullState);
        Assert.Equal("00000247040400024204010209080081008800c800880503617272030101000241030105007d017d037701787703656e640107010100", r.FullStateV2);
        Assert.Equal(new object?[] { 1.0, "x", 3.0, "end" }, a.ToArray());
    }

    // const d = new Y.Doc(); d.clientID = 5; const a = d.getArray('docs')
    // a.insert(0, [new Y.Doc({ guid: 'sub-guid' })])
    [Fact]
    public void InsertSubdocument_MatchesYjsUpdate()
    {
        var r = new RecordingDoc(5);
        var a = r.Doc.GetArray("docs");
        var sub = new Doc(new DocOptions { Guid = "sub-guid" });
        a.Insert(0, sub);

        Assert.Equal(["01010500090104646f6373087375622d67756964760000"], r.Updates);
        Assert.Same(sub, a.Get(0));
    }

    [Fact]
    public void ApplyYjsState_ReadsSameArray()
    {
        var doc = new Doc(new DocOptions { ClientId = 99 });
        doc.ApplyUpdate(Hex.Bytes(
            "01070100010103617272028801010178880102037e760201617d01016275027d017d0275027d017d02c30101010203010203880105037c406000007d407c4f0000004801000177056669727374c8010201030277046d69643177046d6964320101010002"));

        var a = doc.GetArray("arr");
        Assert.Equal(11, a.Length);
        Assert.Equal("first", a.Get(0));
        Assert.Equal(new byte[] { 1, 2, 3 }, a.Get(1));
        Assert.Equal("mid2", a.Get(4));
        Assert.Equal(2147483648.0, a.Get(10));
    }
}
