using System.Net;
using LessonStudy.Contracts.LessonStudy;
using static LessonStudy.Server.Tests.Analytics.ScriptedSession;

namespace LessonStudy.Server.Tests.Analytics;

/// <summary>GET /api/plans/{id}/analytics on the scripted session: every number as the script made it.</summary>
[Collection(ScriptedSessionCollection.Name)]
public sealed class PlanAnalyticsTests(ScriptedSession session)
{
    private Task<PlanAnalyticsDto> AnalyticsAsync(string userId = Leader) => session.GetAsync<PlanAnalyticsDto>(userId, AnalyticsRoutes.Plan(session.Plan.Id));

    [Fact]
    public async Task Analytics_StagesAndRounds_AsTheScriptMovedThePlan()
    {
        var result = await AnalyticsAsync();

        Assert.Equal((PlanStages.Final, 2, 2), (result.Stage, result.Round, result.Rounds));
        Assert.Equal(
            [("draft", 1), ("discussion", 1), ("revision", 1), ("tracking", 1), ("exchange", 1), ("revision", 2), ("tracking", 2), ("exchange", 2)],
            result.Stages.Select(p => (p.Stage, p.Round)));
        Assert.Equal(StageSeconds.Select(s => (double)s), result.Stages.Select(p => Math.Round(p.Seconds, 3)));
        Assert.All(result.Stages, p => Assert.NotNull(p.Until));
        Assert.Equal(
            [("draft", 10.0, 1), ("discussion", 20.0, 1), ("revision", 8.0, 2), ("tracking", 10.0, 2), ("exchange", 5.0, 2)],
            result.TimeInStage.Select(s => (s.Stage, Math.Round(s.Seconds, 3), s.Periods)));
    }

    [Fact]
    public async Task Analytics_ChangesPerRoundAndSection_FromTheEdits()
    {
        var result = await AnalyticsAsync();

        // Round 1: five versions (初备稿 … 交流稿); the teacher's and the member's insertions. Round 2: the cut.
        Assert.Equal(
            [(1, 5, Goal.Length + Skill.Length + Activity.Length + Homework.Length, 0), (2, 3, 0, Cut.Length)],
            result.ChangesPerRound.Select(r => (r.Round, r.Versions, r.CharactersAdded, r.CharactersRemoved)));
        var activityLine = Activity.TrimEnd('\n');
        Assert.Equal(
            [("教学过程", 2, 1, 1, activityLine.Length - Cut.Length, activityLine.Length)],
            result.ChangesPerSection.Where(s => s.Round == 2).Select(s => (s.Section, s.Round, s.LinesAdded, s.LinesRemoved, s.CharactersAdded, s.CharactersRemoved)));
        var round1 = result.ChangesPerSection.Where(s => s.Round == 1).ToDictionary(s => s.Section);
        Assert.Equal(["有理数", "教学目标", "教学重难点", "教学准备", "教学过程", "板书设计", "作业设计", "教学反思"], round1.Keys);
        // Against an empty text: the template's heading and blank lines, plus what was written.
        Assert.Equal((5, "## 教学目标".Length + Goal.Length - 1 + Skill.Length - 1), (round1["教学目标"].LinesAdded, round1["教学目标"].CharactersAdded));
        Assert.Equal(0, round1["教学目标"].LinesRemoved);
    }

    [Fact]
    public async Task Analytics_CommentsDispositionsObservationsReflections()
    {
        var result = await AnalyticsAsync();

        Assert.Equal(new CategoryCountsDto(Highlight: 1, Weakness: 1, Suggestion: 3), result.CommentsPerCategory);
        Assert.Equal(new DispositionRatesDto(3, 1, 1, 0, 1, 1 / 3.0, 1 / 3.0, 0, 1 / 3.0), result.Dispositions);
        Assert.Equal(2, result.Observations);
        Assert.Equal(2, result.Reflections);
    }

    [Fact]
    public async Task Analytics_ParticipationPerPerson()
    {
        var result = await AnalyticsAsync();

        Assert.Equal([Teacher, Leader, Member, Observer], result.Participation.Select(p => p.UserId));
        var teacher = result.Participation[0];
        Assert.Equal(["teacher", "member"], teacher.Roles);
        Assert.Equal((4, Goal.Length + Skill.Length + Homework.Length, Cut.Length), (teacher.VersionsContributed, teacher.CharactersAdded, teacher.CharactersRemoved));
        Assert.Equal(Goal.Length + Skill.Length + Homework.Length, teacher.CharactersAuthored);
        Assert.Equal((new CategoryCountsDto(0, 0, 0), 1, 0, 2, 0), (teacher.Comments, teacher.Replies, teacher.Observations, teacher.Reflections, teacher.Transitions));

        var leader = result.Participation[1];
        Assert.Equal(["leader"], leader.Roles);
        Assert.Equal((new CategoryCountsDto(0, 1, 0), 8, 0), (leader.Comments, leader.Transitions, leader.VersionsContributed));

        var member = result.Participation[2];
        Assert.Equal((1, Activity.Length, 0, Activity.Length - Cut.Length), (member.VersionsContributed, member.CharactersAdded, member.CharactersRemoved, member.CharactersAuthored));
        Assert.Equal((new CategoryCountsDto(1, 0, 2), 0), (member.Comments, member.Replies));
        Assert.Equal((1, 1, 0), (member.Observations, member.ObservationNotes, member.ObservationSummaries));

        var observer = result.Participation[3];
        Assert.Equal(["observer"], observer.Roles);
        Assert.Equal((new CategoryCountsDto(0, 0, 1), 1, 2, 1, 0), (observer.Comments, observer.Observations, observer.ObservationNotes, observer.ObservationSummaries, observer.VersionsContributed));
    }

    [Theory]
    [InlineData(Teacher, HttpStatusCode.OK)]
    [InlineData(Member, HttpStatusCode.OK)]
    [InlineData(Leader, HttpStatusCode.OK)]
    [InlineData(Observer, HttpStatusCode.OK)]
    [InlineData(Admin, HttpStatusCode.OK)]
    [InlineData(Outsider, HttpStatusCode.NotFound)]
    public async Task Analytics_ForEveryReaderOfThePlanOnly(string userId, HttpStatusCode expected)
    {
        Assert.Equal(expected, await session.StatusAsync(userId, AnalyticsRoutes.Plan(session.Plan.Id)));
    }

    [Fact]
    public async Task Analytics_UnknownOrMalformedPlan_NotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, await session.StatusAsync(Admin, AnalyticsRoutes.Plan(new string('0', 32))));
        Assert.Equal(HttpStatusCode.NotFound, await session.StatusAsync(Admin, AnalyticsRoutes.Plan("..")));
    }
}
