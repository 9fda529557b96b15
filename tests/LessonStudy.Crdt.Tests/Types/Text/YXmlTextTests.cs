using LessonStudy.Crdt.Types;
using static LessonStudy.Crdt.Tests.Types.Text.TextTestKit;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>YXmlText's XML rendering of formats, its delta and bytes, against yjs 13.6.33.</summary>
public class YXmlTextTests
{
    private static (Doc Doc, YXmlText Text) Session()
    {
        var doc = NewDoc(1);
        var fragment = doc.GetXmlFragment("xml");
        var x = new YXmlText();
        fragment.Insert(0, [x]);
        x.Insert(0, "hello world");
        x.Format(0, 5, Attrs(("bold", new Dictionary<string, object?>())));
        x.Format(3, 5, Attrs(("a", Attrs(("href", "x"), ("title", "t\"q")))));
        x.Format(6, 2, Attrs(("i", true), ("2", "n")));
        x.InsertEmbed(11, Attrs(("img", 1)));
        return (doc, x);
    }

    [Fact]
    public void ToString_NestedFormats_RendersSortedTagsAsYjs()
    {
        var (_, x) = Session();
        Assert.Equal(
            """<bold>hel</bold><a href="x" title="t"q"><bold>lo</bold></a><a href="x" title="t"q"> </a><2 0="n"><a href="x" title="t"q"><i>wo</i></a></2>rld[object Object]""",
            x.ToString());
        Assert.Equal(x.ToString(), x.ToJson());
    }

    [Fact]
    public void ToDelta_NestedFormats_MatchesYjs()
    {
        var (_, x) = Session();
        Assert.Equal(
            """[{"insert":"hel","attributes":{"bold":{}}},{"insert":"lo","attributes":{"bold":{},"a":{"href":"x","title":"t\"q"}}},{"insert":" ","attributes":{"a":{"href":"x","title":"t\"q"}}},{"insert":"wo","attributes":{"2":"n","a":{"href":"x","title":"t\"q"},"i":true}},{"insert":"rld"},{"insert":{"img":1}}]""",
            DeltaJson(x.ToDelta()));
    }

    [Fact]
    public void EncodeStateAsUpdate_NestedFormats_IsByteIdenticalToYjs()
    {
        var (doc, _) = Session();
        Assert.Equal(
            "010f0100070103786d6c06040001000368656c840103026c6f840105012084010602776f84010803726c6446010104626f6c64027b7dc60105010604626f6c64046e756c6cc60103010401611b7b2268726566223a2278222c227469746c65223a22745c2271227dc6010801090161046e756c6cc601060107013203226e22c60110010701690474727565c6010f01090132046e756c6cc6011201090169046e756c6c85010b097b22696d67223a317d00",
            Convert.ToHexStringLower(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void Clone_FormattedXmlText_KeepsContentAndType()
    {
        var (doc, x) = Session();
        var clone = (YXmlText)x.Clone();
        doc.GetXmlFragment("other").Insert(0, [clone]);
        Assert.Equal(x.ToString(), clone.ToString());
        Assert.Equal(DeltaJson(x.ToDelta()), DeltaJson(clone.ToDelta()));
    }

    [Fact]
    public void Siblings_InAFragment_AreTheNeighbouringNodes()
    {
        var doc = NewDoc(1);
        var fragment = doc.GetXmlFragment("xml");
        var first = new YXmlText();
        var element = new YXmlElement("p");
        var last = new YXmlText();
        fragment.Insert(0, [first, element, last]);
        Assert.Null(first.PrevSibling);
        Assert.Same(element, first.NextSibling);
        Assert.Same(element, last.PrevSibling);
        Assert.Null(last.NextSibling);
    }
}
