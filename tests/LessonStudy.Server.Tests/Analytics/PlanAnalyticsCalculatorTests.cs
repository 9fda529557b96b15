using LessonStudy.Server.Features.Analytics;
using LessonStudy.Server.Features.Plans;
using static LessonStudy.Server.Tests.Analytics.PlanFactsSamples;

namespace LessonStudy.Server.Tests.Analytics;

public sealed class PlanAnalyticsCalculatorTests
{
    [Fact]
    public void StagePeriods_FromTransitions_WithTheCurrentStageUpToNow()
    {
        var facts = Plan(
            [
                new(PlanStage.Draft, PlanStage.Discussion, 1, "teach", T0.AddHours(2), "v1", false, 0),
                new(PlanStage.Discussion, PlanStage.Revision, 1, "lead", T0.AddHours(5), "v2", false, 0),
                new(PlanStage.Revision, PlanStage.Tracking, 1, "teach", T0.AddHours(6), "v3", true, 2),
                new(PlanStage.Tracking, PlanStage.Exchange, 1, "teach", T0.AddDays(1), "v4", false, 0),
                new(PlanStage.Exchange, PlanStage.Revision, 2, "lead", T0.AddDays(2), "v5", false, 0),
            ],
            PlanStage.Revision,
            2);

        var result = PlanAnalyticsCalculator.Compute(facts, T0.AddDays(2).AddHours(3));

        Assert.Equal(
            [("draft", 1, 7200.0), ("discussion", 1, 10800.0), ("revision", 1, 3600.0), ("tracking", 1, 64800.0), ("exchange", 1, 86400.0), ("revision", 2, 10800.0)],
            result.Stages.Select(p => (p.Stage, p.Round, p.Seconds)));
        Assert.Null(result.Stages[^1].Until);
        Assert.Equal(14400.0, result.TimeInStage.Single(s => s.Stage == "revision").Seconds);
        Assert.Equal(2, result.TimeInStage.Single(s => s.Stage == "revision").Periods);
        Assert.Equal(2, result.Rounds);
    }

    [Fact]
    public void Changes_PerRoundFromVersionStats_PerSectionLineByLine()
    {
        var facts = Plan(versions:
        [
            Version("v1", 1, T0.AddHours(1), "## 教学目标\n理解有理数\n## 教学过程\n导入", [new("teach", 20, 0)]),
            Version("v2", 1, T0.AddHours(2), "## 教学目标\n理解有理数\n## 教学过程\n情境导入\n练习", [new("teach", 3, 1), new("mem", 2, 0)]),
            Version("v3", 2, T0.AddHours(3), "## 教学目标\n理解并运用有理数\n## 教学过程\n情境导入\n练习", [new("teach", 2, 0)]),
        ]);

        var result = PlanAnalyticsCalculator.Compute(facts, T0.AddHours(4));

        Assert.Equal([(1, 2, 25, 1), (2, 1, 2, 0)], result.ChangesPerRound.Select(r => (r.Round, r.Versions, r.CharactersAdded, r.CharactersRemoved)));
        Assert.Equal(
            [
                ("教学目标", 1, 2, 0, 7 + 5, 0), ("教学过程", 1, 4, 1, 7 + 2 + 4 + 2, 2),
                ("教学目标", 2, 1, 1, 8, 5),
            ],
            result.ChangesPerSection.Select(s => (s.Section, s.Round, s.LinesAdded, s.LinesRemoved, s.CharactersAdded, s.CharactersRemoved)));
    }

    [Fact]
    public void CommentsAndDispositions_CountThreadsNotDeleted()
    {
        var facts = Plan(comments:
        [
            Comment("c1", "mem", FeedbackValues.Suggestion, Disposition(FeedbackValues.Adopted)),
            Comment("c2", "lead", FeedbackValues.Suggestion, Disposition(FeedbackValues.Rejected)),
            Comment("c3", "obs", FeedbackValues.Suggestion),
            Comment("c4", "obs", FeedbackValues.Suggestion, Disposition(FeedbackValues.Adopted)),
            Comment("c5", "mem", FeedbackValues.Highlight),
            Comment("c6", "mem", FeedbackValues.Weakness, deleted: true),
            Comment("c7", "mem", FeedbackValues.Suggestion, Disposition(FeedbackValues.Deferred), deleted: true),
        ]);

        var result = PlanAnalyticsCalculator.Compute(facts, T0);

        Assert.Equal((1, 0, 4), (result.CommentsPerCategory.Highlight, result.CommentsPerCategory.Weakness, result.CommentsPerCategory.Suggestion));
        var d = result.Dispositions;
        Assert.Equal((4, 2, 1, 0, 1), (d.Suggestions, d.Adopted, d.Rejected, d.Deferred, d.None));
        Assert.Equal((0.5, 0.25, 0.0, 0.25), (d.AdoptedRate, d.RejectedRate, d.DeferredRate, d.NoneRate));
    }

    [Fact]
    public void Participation_EveryoneOfThePlanWithTheirContributions()
    {
        var reply = new ReplyFact("r1", "teach", "执教", "谢谢", 1, "discussion", T0, null, 0, null);
        var facts = Plan(
            versions:
            [
                Version("v1", 1, T0.AddHours(1), "abcdef", [new("teach", 6, 0)]),
                Version("v2", 1, T0.AddHours(2), "abcXYZdef!", [new("teach", 1, 0), new("mem", 3, 0)], [new(0, 3, "teach"), new(3, 3, "mem"), new(6, 4, "teach")]),
            ],
            comments: [Comment("c1", "mem", FeedbackValues.Suggestion, null, false, reply), Comment("c2", "obs", FeedbackValues.Highlight)]);

        var rows = ParticipationCalculator.For(facts);

        Assert.Equal(["teach", "lead", "mem", "obs"], rows.Select(r => r.UserId));
        var teach = rows[0];
        Assert.Equal((2, 7, 0, 7, 1), (teach.VersionsContributed, teach.CharactersAdded, teach.CharactersRemoved, teach.CharactersAuthored, teach.Replies));
        Assert.Equal(["teacher", "member"], teach.Roles);
        var mem = rows[2];
        Assert.Equal((1, 3, 3, 1, 1), (mem.VersionsContributed, mem.CharactersAdded, mem.CharactersAuthored, mem.Comments, mem.CommentsSuggestion));
        Assert.Equal(["observer"], rows[3].Roles);
        Assert.Equal(1, rows[3].CommentsHighlight);
        Assert.Equal(0, rows[1].Comments);
    }
}
