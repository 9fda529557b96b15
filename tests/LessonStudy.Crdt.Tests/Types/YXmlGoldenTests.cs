using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types;

/// <summary>XML update bytes and serialization compared with yjs 13.6.33.</summary>
public class YXmlGoldenTests
{
    // const d = new Y.Doc(); d.clientID = 4; const f = d.getXmlFragment('xml')
    // const p = new Y.XmlElement('P'); p.setAttribute('class', 'lead'); p.setAttribute('align', 'left')
    // const span = new Y.XmlElement('span'); p.insert(0, [span])
    // const hook = new Y.XmlHook('widget'); hook.set('kind', 'chart')
    // f.insert(0, [p, hook]); span.setAttribute('data-n', '1')
    // const div = new Y.XmlElement('div'); f.insertAfter(p, [div]); f.delete(2, 1); p.removeAttribute('align')
    [Fact]
    public void Edits_MatchYjsUpdatesStateAndString()
    {
        var r = new RecordingDoc(4);
        var f = r.Doc.GetXmlFragment("xml");
        var p = new YXmlElement("P");
        p.SetAttribute("class", "lead");
        p.SetAttribute("align", "left");
        var span = new YXmlElement("span");
        p.Insert(0, span);
        var hook = new YXmlHook("widget");
        hook.Set("kind", "chart");
        f.Insert(0, p, hook);
        span.SetAttribute("data-n", "1");
        var div = new YXmlElement("div");
        f.InsertAfter(p, div);
        f.Delete(2, 1);
        p.RemoveAttribute("align");

        Assert.Equal(
            [
                "01060400070103786d6c0301500700040003047370616e2800040005636c6173730177046c6561642800040005616c69676e0177046c656674870400050677696467657428000404046b696e64017705636861727400",
                "010104062800040106646174612d6e0177013100",
                "01010407c704000404030364697600",
                "000104010402",
                "000104010301",
            ],
            r.Updates);
        Assert.Equal(
            "01080400070103786d6c0301500700040003047370616e2800040005636c6173730177046c6561642100040005616c69676e018104000100012800040106646174612d6e01770131c70400040403036469760104010303",
            r.FullState);
        Assert.Equal(
            "0003000300024406040102024201080d070128002100810000002800c7231b786d6c507370616e636c617373616c69676e646174612d6e646976030104450006030301000002430102410301080077046c6561647701310104010302",
            r.FullStateV2);
        const string xml = """<p class="lead"><span data-n="1"></span></p><div></div>""";
        Assert.Equal(xml, f.ToString());
        Assert.Equal(xml, f.ToJson());
    }

    // el.setAttribute('n', 5); el.setAttribute('o', {x:[1,2]}); el.setAttribute('arr', [1, 'a', null]);
    // el.setAttribute('bool', false); el.setAttribute('nul', null); el.setAttribute('fl', 0.1);
    // el.setAttribute('big', 1e21); el.setAttribute('Zed', 'z'); el.setAttribute('10', 'ten')
    // f.insert(1, [new Y.XmlHook('hk')])  →  String(f)
    [Fact]
    public void ToString_NonStringAttributesAndHook_PrintLikeJavaScript()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        var f = doc.GetXmlFragment("x");
        var el = new YXmlElement("div");
        f.Insert(0, el);
        el.SetAttribute("a", "b");
        el.Insert(0, new YXmlElement("p"));
        el.SetAttribute("n", 5);
        el.SetAttribute("o", new Dictionary<string, object?> { ["x"] = new[] { 1, 2 } });
        el.SetAttribute("arr", new object?[] { 1, "a", null });
        el.SetAttribute("bool", false);
        el.SetAttribute("nul", null);
        el.SetAttribute("fl", 0.1);
        el.SetAttribute("big", 1e21);
        el.SetAttribute("Zed", "z");
        el.SetAttribute("10", "ten");
        var hook = new YXmlHook("hk");
        f.Insert(1, hook);
        hook.Set("q", 1);

        Assert.Equal(
            """<div 10="ten" Zed="z" a="b" arr="1,a," big="1e+21" bool="false" fl="0.1" n="5" nul="null" o="[object Object]"><p></p></div>[object Object]""",
            f.ToString());
    }

    [Fact]
    public void ApplyYjsStateV2_ReencodesAsYjsV1()
    {
        var doc = new Doc(new DocOptions { ClientId = 9 });
        doc.ApplyUpdateV2(Convert.FromHexString(
            "0003000300024406040102024201080d070128002100810000002800c7231b786d6c507370616e636c617373616c69676e646174612d6e646976030104450006030301000002430102410301080077046c6561647701310104010302"));

        Assert.Equal("""<p class="lead"><span data-n="1"></span></p><div></div>""", doc.GetXmlFragment("xml").ToString());
        Assert.Equal(
            "01080400070103786d6c0301500700040003047370616e2800040005636c6173730177046c6561642100040005616c69676e018104000100012800040106646174612d6e01770131c70400040403036469760104010303",
            Convert.ToHexStringLower(doc.EncodeStateAsUpdate()));
    }

    // const d = new Y.Doc(); d.clientID = 8; const f = d.getXmlFragment('doc')
    // const p = new Y.XmlElement('p'); const t = new Y.XmlText(); p.insert(0, [t]); f.insert(0, [p])
    // t.insert(0, 'hello world'); t.format(0, 5, { bold: true }); p.setAttribute('style', 'x')
    [Fact]
    public void ElementWithFormattedXmlText_MatchesYjsStateAndString()
    {
        var r = new RecordingDoc(8);
        var f = r.Doc.GetXmlFragment("doc");
        var p = new YXmlElement("p");
        var t = new YXmlText();
        p.Insert(0, t);
        f.Insert(0, p);
        t.Insert(0, "hello world");
        t.Format(0, 5, new Dictionary<string, object?> { ["bold"] = true });
        p.SetAttribute("style", "x");

        Assert.Equal("""<p style="x"><bold>hello</bold> world</p>""", f.ToString());
        Assert.Equal(
            "01070800070103646f630301700700080006040008010568656c6c6f8408060620776f726c6446080204626f6c640474727565c60806080704626f6c64046e756c6c28000800057374796c650177017800",
            r.FullState);
    }
}
