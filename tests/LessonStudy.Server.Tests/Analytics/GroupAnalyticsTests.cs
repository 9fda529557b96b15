using System.Net;
using LessonStudy.Contracts.LessonStudy;
using static LessonStudy.Server.Tests.Analytics.ScriptedSession;

namespace LessonStudy.Server.Tests.Analytics;

/// <summary>GET /api/groups/{id}/analytics on the scripted session.</summary>
[Collection(ScriptedSessionCollection.Name)]
public sealed class GroupAnalyticsTests(ScriptedSession session)
{
    [Fact]
    public async Task Analytics_PlansInBriefAndEveryonesParticipationSummed()
    {
        var result = await session.GetAsync<GroupAnalyticsDto>(Leader, AnalyticsRoutes.Group(session.GroupId));

        Assert.Equal("七年级数学备课组", result.Name);
        var plan = Assert.Single(result.Plans);
        Assert.Equal((session.Plan.Id, Teacher, PlanStages.Final, 2, 8, 2, 2), (plan.PlanId, plan.TeacherId, plan.Stage, plan.Round, plan.Versions, plan.Observations, plan.Reflections));
        Assert.Equal(new CategoryCountsDto(1, 1, 3), plan.Comments);
        Assert.Equal(new CategoryCountsDto(1, 1, 3), result.CommentsPerCategory);
        Assert.Equal((3, 1, 1, 1), (result.Dispositions.Suggestions, result.Dispositions.Adopted, result.Dispositions.Rejected, result.Dispositions.None));
        // The group's people in the group's order, then the invited observer.
        Assert.Equal([Leader, Teacher, Member, Observer], result.Participation.Select(p => p.UserId));
        var teacher = result.Participation[1];
        Assert.Equal((4, Goal.Length + Skill.Length + Homework.Length, Cut.Length, 2), (teacher.VersionsContributed, teacher.CharactersAdded, teacher.CharactersRemoved, teacher.Reflections));
        Assert.Equal(8, result.Participation[0].Transitions);
        Assert.Equal((2, 1), (result.Participation[3].ObservationNotes, result.Participation[3].ObservationSummaries));
    }

    [Theory]
    [InlineData(Leader, HttpStatusCode.OK)]
    [InlineData(Admin, HttpStatusCode.OK)]
    [InlineData(Teacher, HttpStatusCode.Forbidden)]
    [InlineData(Member, HttpStatusCode.Forbidden)]
    [InlineData(Observer, HttpStatusCode.NotFound)]
    [InlineData(Outsider, HttpStatusCode.NotFound)]
    public async Task Analytics_LeadersAndAdminsOnly(string userId, HttpStatusCode expected)
    {
        Assert.Equal(expected, await session.StatusAsync(userId, AnalyticsRoutes.Group(session.GroupId)));
    }
}
