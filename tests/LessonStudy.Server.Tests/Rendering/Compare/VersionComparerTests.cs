using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Rendering.Compare;

namespace LessonStudy.Server.Tests.Rendering.Compare;

/// <summary>
/// A scripted 集体研讨: the teacher (t) wrote the 初备稿; in discussion 李 (li) adds a goal and rewrites a
/// word, 张 (zhang) adds a 作业设计 section, the teacher deletes a preparation line and drops 板书设计.
/// </summary>
public sealed class VersionComparerTests
{
    private static readonly Dictionary<string, string> Names = new() { ["t"] = "王芳", ["li"] = "李明", ["zhang"] = "张华" };

    private static readonly Features.Versions.VersionRecord Draft = new AuthoredText()
        .Add("# 《荷花》\n\n## 教学目标\n\n1. 认识8个生字。\n2. 体会荷花的美。\n\n## 教学准备\n\n- 课件\n- 荷花图片\n\n## 板书设计\n\n荷花 — 美\n\n## 教学过程\n\n导入：看图。\n", "t")
        .Version("v1", "第1轮·初备稿");

    private static readonly Features.Versions.VersionRecord Discussed = new AuthoredText()
        .Add("# 《荷花》\n\n## 教学目标\n\n1. 认识8个生字。\n", "t")
        .Add("2. 有感情地朗读课文。\n", "li")
        .Add("3. 体会荷", "t").Add("叶", "li").Add("的美。\n\n## 教学准备\n\n- 课件\n\n## 教学过程\n\n导入：看图。\n\n", "t")
        .Add("## 作业设计\n\n背诵第2自然段。\n", "zhang")
        .Version("v2", "第1轮·集体研讨稿");

    private static readonly VersionComparer Comparer = new();

    [Fact]
    public void Compare_Sections_FollowTheNewOrderWithRemovedOnesInPlace()
    {
        var result = Comparer.Compare(Draft, Discussed, Names);

        Assert.Equal(
            [("《荷花》", "unchanged"), ("教学目标", "changed"), ("教学准备", "changed"), ("板书设计", "removed"), ("教学过程", "changed"), ("作业设计", "added")],
            result.Sections.Select(s => (s.Heading, s.Status)));
        Assert.Equal(("v1", "v2"), (result.From.Id, result.To.Id));
        Assert.Equal("plan1", result.PlanId);
    }

    [Fact]
    public void Compare_AddedAndChangedLines_AreAttributedToTheirWriters()
    {
        var goals = Comparer.Compare(Draft, Discussed, Names).Sections.Single(s => s.Heading == "教学目标");

        var added = goals.Lines.Single(l => l.Kind == CompareKinds.Added);
        Assert.Equal("2. 有感情地朗读课文。", added.NewText);
        Assert.Equal(["li"], added.AuthorIds);
        Assert.Equal(6, added.NewLine);
        Assert.Equal([new CompareSpanDto(CompareKinds.Added, "2. 有感情地朗读课文。", "li")], added.NewSpans);

        // "2. 体会荷花的美。" became "3. 体会荷叶的美。": the teacher renumbered, 李 changed one character.
        var changed = goals.Lines.Single(l => l.Kind == CompareKinds.Changed);
        Assert.Equal(("2. 体会荷花的美。", "3. 体会荷叶的美。"), (changed.OldText, changed.NewText));
        Assert.Equal((6, 7), (changed.OldLine!.Value, changed.NewLine!.Value));
        Assert.Equal(["t", "li"], changed.AuthorIds.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(["t"], changed.OriginalAuthorIds);
        Assert.Equal(
            [
                new CompareSpanDto(CompareKinds.Added, "3", "t"), new CompareSpanDto(CompareKinds.Same, ". 体会荷", null),
                new CompareSpanDto(CompareKinds.Added, "叶", "li"), new CompareSpanDto(CompareKinds.Same, "的美。", null),
            ],
            changed.NewSpans);
        Assert.Equal(
            [
                new CompareSpanDto(CompareKinds.Removed, "2", "t"), new CompareSpanDto(CompareKinds.Same, ". 体会荷", null),
                new CompareSpanDto(CompareKinds.Removed, "花", "t"), new CompareSpanDto(CompareKinds.Same, "的美。", null),
            ],
            changed.OldSpans);
        Assert.Equal(new CompareSummaryDto(Added: 1, Removed: 0, Changed: 1, Unchanged: 2), goals.Summary);
    }

    [Fact]
    public void Compare_RemovedLinesAndSections_NameTheOriginalAuthors()
    {
        var result = Comparer.Compare(Draft, Discussed, Names);

        var preparation = result.Sections.Single(s => s.Heading == "教学准备");
        var removed = preparation.Lines.Single(l => l.Kind == CompareKinds.Removed);
        Assert.Equal("- 荷花图片", removed.OldText);
        Assert.Equal(["t"], removed.OriginalAuthorIds);
        Assert.Empty(removed.AuthorIds);
        Assert.Null(removed.NewLine);

        var board = result.Sections.Single(s => s.Heading == "板书设计");
        Assert.All(board.Lines, l => Assert.Equal(CompareKinds.Removed, l.Kind));
        Assert.Equal(new CompareSummaryDto(0, 2, 0, 0), board.Summary);
    }

    [Fact]
    public void Compare_AddedSection_BelongsToItsWriter()
    {
        var result = Comparer.Compare(Draft, Discussed, Names);

        var homework = result.Sections.Single(s => s.Heading == "作业设计");
        Assert.Equal(["zhang"], homework.AuthorIds);
        Assert.Equal(2, homework.Level);
        Assert.Equal(new CompareSummaryDto(2, 0, 0, 0), homework.Summary);
    }

    [Fact]
    public void Compare_Authors_HaveDisplayNamesInOrderOfAppearance()
    {
        var result = Comparer.Compare(Draft, Discussed, Names);

        Assert.Equal([("li", "李明"), ("t", "王芳"), ("zhang", "张华")], result.Authors.Select(a => (a.UserId, a.DisplayName)));
        Assert.Equal(new CompareSummaryDto(Added: 3, Removed: 3, Changed: 1, Unchanged: 7), result.Totals);
    }

    [Fact]
    public void Compare_SameVersion_EverythingUnchanged()
    {
        var result = Comparer.Compare(Draft, Draft, Names);

        Assert.All(result.Sections, s => Assert.Equal(CompareKinds.Unchanged, s.Status));
        Assert.Empty(result.Authors);
        Assert.Equal(0, result.Totals.Added + result.Totals.Removed + result.Totals.Changed);
    }

    [Fact]
    public void Compare_UnknownAuthor_ShownByUserId()
    {
        var newer = new AuthoredText().Add("# 《荷花》\n\n新内容\n", "ghost").Version("v3", "手动");

        var result = Comparer.Compare(Draft, newer, Names);

        Assert.Contains(result.Authors, a => a is { UserId: "ghost", DisplayName: "ghost" });
    }

    [Fact]
    public void Align_RenamedAndMovedSections_PairByHeadingText()
    {
        var old = MarkdownSections.Split("## 甲\n1\n## 乙\n2\n## 丙\n3\n");
        var @new = MarkdownSections.Split("## 丙\n3\n## 甲\n1\n## 丁\n4\n");

        var aligned = VersionComparer.Align(old, @new).Select(p => (p.Old?.Heading, p.New?.Heading)).ToList();

        Assert.Equal([("丙", "丙"), ("甲", "甲"), ("乙", null), (null, "丁")], aligned);
    }
}
