using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Observations;
using static LessonStudy.Server.Tests.Analytics.ScriptedSession;

namespace LessonStudy.Server.Tests.Analytics;

/// <summary>GET /api/users/{userId}/portfolio (教师专业成长记录袋) on the scripted session; the quota is configured to 1.</summary>
[Collection(ScriptedSessionCollection.Name)]
public sealed class PortfolioTests(ScriptedSession session)
{
    private string ThisSemester => Semester.Of(session.Start).Name;

    [Fact]
    public async Task Portfolio_Teacher_PlansLedVersionsAndReflections()
    {
        var result = await session.GetAsync<PortfolioDto>(Teacher, AnalyticsRoutes.Portfolio(Teacher, ThisSemester));

        Assert.Equal(ThisSemester, result.Semester);
        var plan = Assert.Single(result.PlansLed);
        Assert.Equal((session.Plan.Id, "有理数", PlanStages.Final, 2, 8), (plan.PlanId, plan.Title, plan.Stage, plan.Round, plan.Versions));
        Assert.Equal((4, Goal.Length + Skill.Length + Homework.Length, Cut.Length), (result.VersionsContributed, result.CharactersAdded, result.CharactersRemoved));
        Assert.Equal([(1, Reflection1Final.Length), (2, Reflection2.Length)], result.Reflections.Select(r => (r.Round, r.Characters)));
        Assert.Equal((0, 1, false), (result.LessonsObserved, result.ObservationQuota, result.QuotaMet));
        Assert.Equal(new CategoryCountsDto(0, 0, 0), result.CommentsGiven);
    }

    [Fact]
    public async Task Portfolio_Observer_LessonsObservedAgainstTheQuotaAndCommentsGiven()
    {
        var result = await session.GetAsync<PortfolioDto>(Observer, AnalyticsRoutes.Portfolio(Observer, ThisSemester));

        Assert.Empty(result.PlansLed);
        var lesson = Assert.Single(result.Observations);
        Assert.Equal((session.Plan.Id, Teacher, 1, 2, true), (lesson.PlanId, lesson.TeacherId, lesson.Round, lesson.Notes, lesson.Summarized));
        Assert.Equal((1, 1, true), (result.LessonsObserved, result.ObservationQuota, result.QuotaMet));
        Assert.Equal(new CategoryCountsDto(0, 0, 1), result.CommentsGiven);
    }

    [Fact]
    public async Task Portfolio_Member_CommentsGivenWithoutTheDeletedOne()
    {
        var result = await session.GetAsync<PortfolioDto>(Member, AnalyticsRoutes.Portfolio(Member, ThisSemester));

        Assert.Equal(new CategoryCountsDto(1, 0, 2), result.CommentsGiven);
        Assert.Equal((1, Activity.Length, 0), (result.VersionsContributed, result.CharactersAdded, result.CharactersRemoved));
        Assert.Equal(1, result.LessonsObserved);
    }

    [Fact]
    public async Task Portfolio_AnotherSemester_IsEmpty()
    {
        var earlier = Semester.Of(Semester.Parse(ThisSemester)!.From.AddDays(-1)).Name;

        var result = await session.GetAsync<PortfolioDto>(Teacher, AnalyticsRoutes.Portfolio(Teacher, earlier));

        Assert.Equal((earlier, 0, 0, 0, 0), (result.Semester, result.PlansLed.Count, result.VersionsContributed, result.Reflections.Count, result.CommentsGiven.Total));
    }

    [Fact]
    public async Task Portfolio_NoSemester_IsTheCurrentOne()
    {
        var result = await session.GetAsync<PortfolioDto>(Teacher, AnalyticsRoutes.Portfolio(Teacher));

        Assert.Equal(Semester.Of(session.Clock.Now).Name, result.Semester);
    }

    [Theory]
    [InlineData(Teacher, Teacher, HttpStatusCode.OK)]
    [InlineData(Leader, Teacher, HttpStatusCode.OK)]
    [InlineData(Admin, Teacher, HttpStatusCode.OK)]
    [InlineData(Member, Teacher, HttpStatusCode.Forbidden)]
    [InlineData(Observer, Teacher, HttpStatusCode.Forbidden)]
    [InlineData(Leader, Observer, HttpStatusCode.Forbidden)]
    [InlineData(Observer, Observer, HttpStatusCode.OK)]
    [InlineData(Outsider, Member, HttpStatusCode.Forbidden)]
    public async Task Portfolio_TheTeacherLeadersOfTheirGroupsAndAdmins(string caller, string teacher, HttpStatusCode expected)
    {
        Assert.Equal(expected, await session.StatusAsync(caller, AnalyticsRoutes.Portfolio(teacher, ThisSemester)));
    }

    [Theory]
    [InlineData("2026-winter")]
    [InlineData("autumn")]
    public async Task Portfolio_MalformedSemester_BadRequest(string semester)
    {
        Assert.Equal(HttpStatusCode.BadRequest, await session.StatusAsync(Teacher, AnalyticsRoutes.Portfolio(Teacher, semester)));
    }
}
