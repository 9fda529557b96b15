using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Observations;
using LessonStudy.Server.Tests.Comments;
using static LessonStudy.Server.Tests.Comments.FeedbackServer;

namespace LessonStudy.Server.Tests.Observations;

/// <summary>Lessons observed per teacher per semester (its own server: nothing else observes there).</summary>
public sealed class ObservationCountTests(FeedbackServer server) : IClassFixture<FeedbackServer>
{
    [Fact]
    public async Task Count_LessonsObservedThisSemester_SelfLeadersAndAdminsSeeIt()
    {
        var first = await server.PlanInAsync(PlanStages.Tracking);
        await server.StartLessonAsync(Observer, first.Id);
        var second = await server.PlanInAsync(PlanStages.Exchange);
        await server.SummariseAsync(Observer, second.Id);
        await server.PlanInAsync(PlanStages.Tracking); // nobody observes this one
        await server.StartLessonAsync(Member, first.Id);

        var now = Semester.Of(DateTimeOffset.UtcNow);
        var before = Semester.Of(now.From.AddDays(-1));
        var path = FeedbackRoutes.ObservationCount(Observer, now.Name);
        var mine = await server.ExpectAsync<ObservationCountDto>(HttpStatusCode.OK, Observer, HttpMethod.Get, path);
        Assert.Equal(2, mine.Lessons);
        Assert.Equal(new[] { first.Id, second.Id }.Order(StringComparer.Ordinal), mine.Observed.Select(o => o.PlanId).Order(StringComparer.Ordinal));
        Assert.Equal((now.From, now.To), (mine.From, mine.To));
        Assert.Equal(0, (await server.ExpectAsync<ObservationCountDto>(HttpStatusCode.OK, Observer, HttpMethod.Get, FeedbackRoutes.ObservationCount(Observer, before.Name))).Lessons);
        Assert.Equal(1, (await server.ExpectAsync<ObservationCountDto>(HttpStatusCode.OK, Member, HttpMethod.Get, FeedbackRoutes.ObservationCount(Member, now.Name))).Lessons);

        Assert.Equal(2, (await server.ExpectAsync<ObservationCountDto>(HttpStatusCode.OK, Leader, HttpMethod.Get, path)).Lessons);
        Assert.Equal(2, (await server.ExpectAsync<ObservationCountDto>(HttpStatusCode.OK, Admin, HttpMethod.Get, path)).Lessons);
        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(Member, HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(Outsider, HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Observer, HttpMethod.Get, FeedbackRoutes.ObservationCount(Observer, "2026-winter")));
    }
}
