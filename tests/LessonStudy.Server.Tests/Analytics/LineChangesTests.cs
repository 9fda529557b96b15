using LessonStudy.Server.Features.Analytics;

namespace LessonStudy.Server.Tests.Analytics;

public sealed class LineChangesTests
{
    [Fact]
    public void Between_ChangedInsertedAndDeletedLines_CountsEachSide()
    {
        var counts = LineChanges.Between(["a", "bb", "ccc", "d"], ["a", "BB!", "ccc", "e", "ff"]);

        // bb→BB! (removed 2, added 3), d→e, ff added.
        Assert.Equal(new LineChanges.Counts(LinesAdded: 3, LinesRemoved: 2, CharactersAdded: 3 + 1 + 2, CharactersRemoved: 2 + 1), counts);
    }

    [Fact]
    public void Between_SameText_IsNoChange()
    {
        Assert.Equal(default, LineChanges.Between(["x", "y", "x"], ["x", "y", "x"]));
    }

    [Fact]
    public void Between_MovedLine_CountsAsRemovedAndAdded()
    {
        Assert.Equal(new LineChanges.Counts(1, 1, 1, 1), LineChanges.Between(["a", "b", "c"], ["b", "c", "a"]));
    }

    [Fact]
    public void Split_SectionsByHeading_PreambleDroppedWhenBlank()
    {
        var sections = SectionLines.Split("\n## 教学目标\n理解\n## 教学过程 ##\n导入\n新授\n#不是标题\n");

        Assert.Equal(["教学目标", "教学过程"], sections.Keys);
        Assert.Equal(["## 教学目标", "理解"], sections["教学目标"]);
        Assert.Equal(["## 教学过程 ##", "导入", "新授", "#不是标题", ""], sections["教学过程"]);
    }
}
