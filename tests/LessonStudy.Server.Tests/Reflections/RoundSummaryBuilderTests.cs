using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Observations;
using LessonStudy.Server.Features.Reflections;

namespace LessonStudy.Server.Tests.Reflections;

public sealed class RoundSummaryBuilderTests
{
    private const string Teaching = "# 分数\n## 教学目标\n理解分数\n## 教学过程\n导入\n## 板书设计\n";
    private static readonly DateTimeOffset Start = new(2026, 10, 9, 8, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Build_NotesOfTwoObservers_GroupedBySectionInPlanOrderThenCategory()
    {
        var a = Observation("a", Note(300, "导入自然", CommentCategories.Highlight, "教学过程"), Note(30, "目标清楚", CommentCategories.Highlight, "教学目标"), Note(600, "没有标题的", null, null));
        var b = Observation("b", Note(310, "时间偏长", CommentCategories.Weakness, "教学过程"), Note(320, "删掉的", CommentCategories.Weakness, "教学过程", deleted: true));

        var summary = RoundSummaryBuilder.Build("p", 1, "v", Teaching, [a, b], [], null);

        Assert.Equal(2, summary.Observers);
        Assert.Equal([("教学目标", 1), ("教学过程", 2), (null, 1)], summary.Sections.Select(s => (s.Section, s.Notes.Count)));
        var process = summary.Sections[1];
        Assert.Equal(["导入自然", "时间偏长"], process.Notes.Select(n => n.Text));
        Assert.Equal(1, process.Counts.Single(c => c.Category == CommentCategories.Highlight).Count);
        Assert.Equal(1, process.Counts.Single(c => c.Category == CommentCategories.Weakness).Count);
        Assert.Equal(0, process.Counts.Single(c => c.Category == CommentCategories.Suggestion).Count);
        Assert.Equal([2, 1, 0, 1], summary.NoteCounts.Select(c => c.Count));
        Assert.Equal(["亮点", "不足", "建议", "未分类"], summary.NoteCounts.Select(c => c.ChineseName));
        Assert.Equal([3, 1], summary.Summaries.Select(s => s.Notes));
    }

    [Fact]
    public void Build_Comments_GroupedByCategory()
    {
        CommentDto Comment(string id, string category) => new(
            id, "p", "u", "u", category, "x", null, 1, PlanStages.Exchange, null, Start, null, false, false, null, null, [], null);

        var summary = RoundSummaryBuilder.Build("p", 1, null, null, [], [Comment("1", CommentCategories.Suggestion), Comment("2", CommentCategories.Suggestion), Comment("3", CommentCategories.Highlight)], null);

        Assert.Equal([(CommentCategories.Highlight, 1), (CommentCategories.Weakness, 0), (CommentCategories.Suggestion, 2)], summary.Comments.Select(c => (c.Category, c.Count)));
        Assert.Empty(summary.Sections);
    }

    private static ObservationRecord Observation(string observer, params ObservationNoteRecord[] notes) =>
        new(1, observer, "p", 1, observer, observer, "v", Start, notes, null, Start, Start);

    private static ObservationNoteRecord Note(int offset, string text, string? category, string? section, bool deleted = false) =>
        new(Guid.NewGuid().ToString("N"), offset, Start.AddSeconds(offset), text, category, section, null, null, null, null, [], deleted ? Start : null);
}
