using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types.Text;

public class YTextEventTests
{
    [Fact]
    public void Changes_ReadThroughDeepObserver_IsTheTextDelta()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        var map = doc.GetMap("plan");
        var text = (YText)map.Set("content", new YText("ab"))!;
        IReadOnlyList<DeltaOp>? seen = null;
        map.ObserveDeep((events, _) => seen = events.Single().Changes.Delta);

        text.Insert(1, "x", new Dictionary<string, object?> { ["bold"] = true });

        Assert.NotNull(seen);
        Assert.Equal(2, seen.Count);
        Assert.Equal(1, seen[0].Retain);
        Assert.Equal("x", seen[1].Insert);
        Assert.True(seen[1].Attributes?.ContainsKey("bold"));
    }
}
