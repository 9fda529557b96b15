using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types;

public class YXmlTests
{
    private static YXmlFragment NewFragment() => new Doc(new DocOptions { ClientId = 1 }).GetXmlFragment("x");

    [Fact]
    public void Attributes_SetGetHasRemove()
    {
        var f = NewFragment();
        var el = new YXmlElement("div");
        f.Insert(0, el);
        el.SetAttribute("b", "2");
        el.SetAttribute("a", "1");

        Assert.Equal("1", el.GetAttribute("a"));
        Assert.True(el.HasAttribute("b"));
        Assert.Equal("""{"b":"2","a":"1"}""", JsJson.Stringify(el.GetAttributes()));
        el.RemoveAttribute("b");
        Assert.False(el.HasAttribute("b"));
        Assert.Same(JsUndefined.Value, el.GetAttribute("b"));
        Assert.Equal("""<div a="1"></div>""", el.ToString());
    }

    [Fact]
    public void Prelim_AttributesAndChildren_AreWrittenOnIntegration()
    {
        var el = new YXmlElement("ul");
        el.SetAttribute("x", "1");
        el.SetAttribute("gone", "1");
        el.RemoveAttribute("gone");
        var li1 = new YXmlElement("li");
        var li2 = new YXmlElement("li");
        el.Insert(0, li1);
        el.InsertAfter(li1, li2);
        el.InsertAfter(null, new YXmlElement("first"));
        el.Push(new YXmlElement("last"));
        el.Delete(0);
        Assert.Equal(3, el.Length);
        Assert.Throws<ArgumentException>(() => el.InsertAfter(new YXmlElement("stranger"), new YXmlElement("p")));

        var f = NewFragment();
        f.Insert(0, el);

        Assert.Equal("""<ul x="1"><li></li><li></li><last></last></ul>""", f.ToString());
        Assert.Same(li1, el.FirstChild);
        Assert.Same(li2, li1.NextSibling);
        Assert.Same(li1, li2.PrevSibling);
        Assert.Null(((YXmlElement)el.Get(2)!).NextSibling);
    }

    [Fact]
    public void InsertAfter_IntegratedReference_InsertsBehindIt()
    {
        var f = NewFragment();
        var a = new YXmlElement("a");
        var c = new YXmlElement("c");
        f.Insert(0, a, c);
        f.InsertAfter(a, new YXmlElement("b"));
        f.InsertAfter(null, new YXmlElement("start"));

        Assert.Equal("<start></start><a></a><b></b><c></c>", f.ToString());
        Assert.Equal(4, f.Length);
        Assert.Equal(2, f.Slice(1, 3).Length);
    }

    [Fact]
    public void Observe_ChildAndAttributeChanges_ReportedSeparately()
    {
        // yjs: transact(() => { el.setAttribute('a', 'b'); el.insert(0, [new Y.XmlElement('p')]) }) → true ["a"]
        var f = NewFragment();
        var el = new YXmlElement("div");
        f.Insert(0, el);
        var events = new List<(bool Child, string[] Attrs)>();
        el.Observe((e, _) => events.Add((e.ChildListChanged, e.AttributesChanged.Order(StringComparer.Ordinal).ToArray())));

        f.Document!.Transact(_ =>
        {
            el.SetAttribute("a", "b");
            el.Insert(0, new YXmlElement("p"));
        });
        el.SetAttribute("n", "5");

        Assert.Equal(2, events.Count);
        Assert.True(events[0].Child);
        Assert.Equal(["a"], events[0].Attrs);
        Assert.False(events[1].Child);
        Assert.Equal(["n"], events[1].Attrs);
    }

    [Fact]
    public void TreeWalker_VisitsDepthFirstAndSkipsDeleted()
    {
        var f = NewFragment();
        var div = new YXmlElement("div");
        var p1 = new YXmlElement("p");
        var span = new YXmlElement("span");
        var p2 = new YXmlElement("P");
        var gone = new YXmlElement("p");
        var hook = new YXmlHook("h");
        p1.Insert(0, span);
        div.Insert(0, p1, gone, hook, p2);
        f.Insert(0, div, new YXmlElement("footer"));
        div.Delete(1);

        var all = f.CreateTreeWalker().Select(t => t is YXmlElement e ? e.NodeName : "hook").ToArray();
        Assert.Equal(["div", "p", "span", "hook", "P", "footer"], all);
        Assert.Same(p1, f.QuerySelector("p"));
        Assert.Equal([p1, p2], f.QuerySelectorAll("P"));
        Assert.Null(f.QuerySelector("table"));
        Assert.Equal([span], div.CreateTreeWalker(t => t is YXmlElement { NodeName: "span" }));
    }

    [Fact]
    public void Clone_CopiesAttributesAndChildren()
    {
        var f = NewFragment();
        var el = new YXmlElement("div");
        el.SetAttribute("k", "v");
        var child = new YXmlElement("b");
        el.Insert(0, child);
        f.Insert(0, el);

        f.Push(el.Clone());
        var fragmentClone = (YXmlFragment)f.Clone();
        f.Document!.GetArray("holder").Push(fragmentClone);

        Assert.Equal("""<div k="v"><b></b></div><div k="v"><b></b></div>""", f.ToString());
        Assert.Equal(f.ToString(), fragmentClone.ToString());
        Assert.NotSame(child, ((YXmlElement)f.Get(1)!).FirstChild);
    }

    [Fact]
    public void Hook_IsMapWithName()
    {
        var f = NewFragment();
        var hook = new YXmlHook("chart");
        hook.Set("kind", "bar");
        f.Insert(0, hook);

        var copy = (YXmlHook)hook.Clone();
        f.Push(copy);

        Assert.Equal("chart", copy.HookName);
        Assert.Equal("bar", copy.Get("kind"));
        Assert.Equal("""{"kind":"bar"}""", JsJson.Stringify(hook.ToJson()));
    }

    [Fact]
    public void RemoteDoc_ReadsElementsNamesAndHooks()
    {
        var f = NewFragment();
        var el = new YXmlElement("section");
        el.SetAttribute("id", "s1");
        f.Insert(0, el, new YXmlHook("widget"));

        var remote = new Doc(new DocOptions { ClientId = 2 });
        TypeTestDocs.Sync(f.Document!, remote);
        var rf = remote.GetXmlFragment("x");

        Assert.Equal(f.ToString(), rf.ToString());
        Assert.Equal("section", ((YXmlElement)rf.Get(0)!).NodeName);
        Assert.Equal("widget", ((YXmlHook)rf.Get(1)!).HookName);
    }
}
