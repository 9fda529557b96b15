using LessonStudy.Server.Features.Rendering.Compare;

namespace LessonStudy.Server.Tests.Rendering.Compare;

public sealed class MarkdownSectionsTests
{
    [Fact]
    public void Split_TextBeforeFirstHeading_IsALevelZeroSection()
    {
        var sections = MarkdownSections.Split("说明\n\n# 标题\n正文\n## 二级\n内容");

        Assert.Equal([("", 0), ("标题", 1), ("二级", 2)], sections.Select(s => (s.Heading, s.Level)));
        Assert.Equal(["说明", ""], sections[0].Lines.Select(l => l.Text));
        Assert.Equal(["# 标题", "正文"], sections[1].Lines.Select(l => l.Text));
        Assert.Equal([5, 6], sections[2].Lines.Select(l => l.Number));
    }

    [Fact]
    public void Split_HashInsideFencedCode_IsNotAHeading()
    {
        var sections = MarkdownSections.Split("# 甲\n```\n# 不是标题\n```\n# 乙\n");

        Assert.Equal(["甲", "乙"], sections.Select(s => s.Heading));
        Assert.Equal(4, sections[0].Lines.Count);
    }

    [Fact]
    public void Split_SetextHeadingAndInlineMarkup_MatchByReadableText()
    {
        var sections = MarkdownSections.Split("教学  *目标*\n====\n内容\n");

        Assert.Equal("教学 目标", Assert.Single(sections).Heading);
        Assert.Equal(1, sections[0].Level);
    }

    [Fact]
    public void Split_RepeatedHeadings_CountOccurrences()
    {
        var sections = MarkdownSections.Split("## 设计意图\n甲\n## 环节\n## 设计意图\n乙\n");

        Assert.Equal([("设计意图", 0), ("环节", 0), ("设计意图", 1)], sections.Select(s => s.Key));
    }

    [Fact]
    public void Split_CrLfAndLoneCr_CountLinesLikeTheParser()
    {
        var markdown = "前言\r\n\r# 甲\r\n正文";
        var sections = MarkdownSections.Split(markdown);

        Assert.Equal(["", "甲"], sections.Select(s => s.Heading));
        var body = sections[1].Lines[1];
        Assert.Equal((4, "正文"), (body.Number, body.Text));
        Assert.Equal("正文", markdown.Substring(body.Start, 2));
    }

    [Fact]
    public void Split_Empty_HasNoSections()
    {
        Assert.Empty(MarkdownSections.Split(string.Empty));
    }
}
