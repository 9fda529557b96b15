using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Tests.Comments;
using static LessonStudy.Server.Tests.Comments.FeedbackServer;

namespace LessonStudy.Server.Tests.Observations;

/// <summary>
/// Every role in every stage against the 听课记录 endpoints. The 执教教师 is a 组员 of the group too, so the stage table
/// lets them keep a 听课记录 like any member; the admin only reads.
/// </summary>
public sealed class ObservationRightsTests(FeedbackServer server) : IClassFixture<FeedbackServer>
{
    private static readonly string[] Stages = [PlanStages.Draft, PlanStages.Discussion, PlanStages.Revision, PlanStages.Tracking, PlanStages.Exchange, PlanStages.Final];
    private static readonly HashSet<string> Observers = [Teacher, Member, Leader, Observer];

    [Fact]
    public async Task NotesAndSummary_EveryRoleInEveryStage_FollowStageTable()
    {
        var plan = await server.PlanAsync();
        foreach (var stage in Stages)
        {
            plan = await server.MoveToAsync(plan, stage);
            foreach (var user in Everyone)
            {
                var started = await server.StatusAsync(user, HttpMethod.Post, FeedbackRoutes.LessonStart(plan.Id));
                var noted = await server.StatusAsync(user, HttpMethod.Post, FeedbackRoutes.Notes(plan.Id), new ObservationNoteRequest($"{user} 的记录"));
                var summarised = await server.StatusAsync(user, HttpMethod.Put, FeedbackRoutes.Summary(plan.Id), new ObservationSummaryRequest("亮", "不足", "建议"));
                var tracking = stage == PlanStages.Tracking;
                Assert.True(CommentApi.Expected(user, Observers.Contains(user), tracking, HttpStatusCode.OK) == started, $"start as {user} in {stage}: {(int)started}");
                Assert.True(CommentApi.Expected(user, Observers.Contains(user), tracking, HttpStatusCode.OK) == noted, $"note as {user} in {stage}: {(int)noted}");
                Assert.True(
                    CommentApi.Expected(user, Observers.Contains(user), tracking || stage == PlanStages.Exchange, HttpStatusCode.OK) == summarised,
                    $"summary as {user} in {stage}: {(int)summarised}");
            }
        }
    }

    [Fact]
    public async Task List_EveryonesRecords_OpenToReadersFromExchange_MineAlways()
    {
        var plan = await server.PlanInAsync(PlanStages.Tracking);
        await server.StartLessonAsync(Observer, plan.Id);
        await server.NoteAsync(Observer, plan.Id, "学生举手踊跃");

        foreach (var user in Everyone)
        {
            Assert.Equal(user == Outsider ? HttpStatusCode.NotFound : HttpStatusCode.Conflict, await server.StatusAsync(user, HttpMethod.Get, FeedbackRoutes.Observations(plan.Id)));
        }

        var mine = await server.ExpectAsync<ObservationDto>(HttpStatusCode.OK, Observer, HttpMethod.Get, FeedbackRoutes.MyObservation(plan.Id));
        Assert.Equal("学生举手踊跃", mine.Notes.Single().Text);
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Member, HttpMethod.Get, FeedbackRoutes.MyObservation(plan.Id)));

        plan = await server.MoveToAsync(plan, PlanStages.Exchange);
        foreach (var user in Everyone.Where(u => u != Outsider))
        {
            var all = await server.ExpectAsync<ObservationDto[]>(HttpStatusCode.OK, user, HttpMethod.Get, FeedbackRoutes.Observations(plan.Id));
            Assert.Equal(Observer, all.Single().ObserverId);
        }

        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Outsider, HttpMethod.Get, FeedbackRoutes.Observations(plan.Id)));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Member, HttpMethod.Get, FeedbackRoutes.Observations(plan.Id) + "?round=2"));
    }
}
