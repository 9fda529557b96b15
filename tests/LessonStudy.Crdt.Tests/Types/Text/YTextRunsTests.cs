using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types.Text;

public class YTextRunsTests
{
    [Fact]
    public void GetClientRuns_TwoWriters_CutsTheTextByWhoInsertedIt()
    {
        var a = new Doc(new DocOptions { ClientId = 1 });
        a.GetText("t").Insert(0, "教学目标");
        var b = new Doc(new DocOptions { ClientId = 2 });
        b.ApplyUpdate(a.EncodeStateAsUpdate());
        b.GetText("t").Insert(2, "重点");
        b.GetText("t").Delete(0, 1);

        var runs = b.GetText("t").GetClientRuns();

        Assert.Equal("学重点目标", b.GetText("t").ToString());
        Assert.Equal([new ClientRun(0, 1, 1), new ClientRun(1, 2, 2), new ClientRun(3, 2, 1)], runs);
    }

    [Fact]
    public void GetClientRuns_OneClientTypingInPieces_IsOneRun()
    {
        var doc = new Doc(new DocOptions { ClientId = 7 });
        var text = doc.GetText("t");
        text.Insert(0, "ab");
        text.Insert(2, "cd");
        text.InsertEmbed(4, new Dictionary<string, object?> { ["img"] = "x" });

        Assert.Equal([new ClientRun(0, 4, 7)], text.GetClientRuns());
        Assert.Empty(new Doc().GetText("empty").GetClientRuns());
    }
}
