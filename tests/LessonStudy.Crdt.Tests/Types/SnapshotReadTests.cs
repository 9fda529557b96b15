using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types;

public class SnapshotReadTests
{
    [Fact]
    public void ListAndMap_ReadAsOfSnapshot()
    {
        var doc = new Doc(new DocOptions { ClientId = 1, Gc = false });
        var a = doc.GetArray("a");
        var m = doc.GetMap("m");
        a.Insert(0, 1, 2, 3);
        m.Set("k", "old");
        m.Set("gone", true);
        var snap = Snapshot.Create(doc);

        a.Delete(1);
        a.Push(4);
        m.Set("k", "new");
        m.Delete("gone");
        m.Set("later", 1);

        Assert.Equal(new object?[] { 1.0, 2.0, 3.0 }, AbstractType.TypeListToArraySnapshot(a, snap));
        Assert.Equal(new object?[] { 1.0, 3.0, 4.0 }, a.ToArray());
        Assert.Equal("old", AbstractType.TypeMapGetSnapshot(m, "k", snap));
        Assert.Same(JsUndefined.Value, AbstractType.TypeMapGetSnapshot(m, "later", snap));
        Assert.Equal("""{"k":"old","gone":true}""", JsJson.Stringify(AbstractType.TypeMapGetAllSnapshot(m, snap)));
        var visited = new List<object?>();
        AbstractType.TypeListForEachSnapshot(a, (v, _) => visited.Add(v), snap);
        Assert.Equal(new object?[] { 1.0, 2.0, 3.0 }, visited);
    }

    [Fact]
    public void XmlAttributes_ReadAsOfSnapshot()
    {
        var doc = new Doc(new DocOptions { ClientId = 1, Gc = false });
        var el = new YXmlElement("p");
        el.SetAttribute("a", "1");
        doc.GetXmlFragment("x").Insert(0, el);
        var snap = Snapshot.Create(doc);

        el.SetAttribute("a", "2");
        el.SetAttribute("b", "3");

        Assert.Equal("""{"a":"1"}""", JsJson.Stringify(el.GetAttributes(snap)));
        Assert.Equal("""{"a":"2","b":"3"}""", JsJson.Stringify(el.GetAttributes()));
    }
}
