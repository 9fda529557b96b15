using LessonStudy.Server.Features.Observations;

namespace LessonStudy.Server.Tests.Observations;

public sealed class MarkdownSectionsTests
{
    private const string Plan = "# 分数的意义\n\n## 教学目标\n理解分数。\n\n## 教学过程 ##\n一、导入\n#不是标题\n";

    [Fact]
    public void Headings_AtxHeadings_InOrderWithoutHashes() =>
        Assert.Equal(["分数的意义", "教学目标", "教学过程"], MarkdownSections.Headings(Plan).Select(h => h.Heading));

    [Fact]
    public void SectionAt_AnOffset_IsTheNearestHeadingBefore()
    {
        Assert.Equal("教学目标", MarkdownSections.SectionAt(Plan, Plan.IndexOf("理解", StringComparison.Ordinal)));
        Assert.Equal("教学过程", MarkdownSections.SectionAt(Plan, Plan.IndexOf("导入", StringComparison.Ordinal)));
        Assert.Null(MarkdownSections.SectionAt("前言\n# 标题", 0));
    }

    [Fact]
    public void Find_AHeadingWithHashesOrSpaces_IsThePlansHeading()
    {
        Assert.Equal("教学过程", MarkdownSections.Find(Plan, " ## 教学过程 "));
        Assert.Null(MarkdownSections.Find(Plan, "板书设计"));
    }
}
