using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Tests.Comments;
using LessonStudy.Server.Tests.Observations;
using static LessonStudy.Server.Tests.Comments.FeedbackServer;

namespace LessonStudy.Server.Tests.Reflections;

public sealed class RoundSummaryTests(FeedbackServer server) : IClassFixture<FeedbackServer>
{
    [Fact]
    public async Task Summary_ObservationsPerSectionAndCategory_CommentsPerCategory_FromExchangeOn()
    {
        var plan = await server.PlanInAsync(PlanStages.Tracking);
        await server.StartLessonAsync(Observer, plan.Id);
        await server.StartLessonAsync(Member, plan.Id);
        await server.NoteAsync(Observer, plan.Id, "目标明确", CommentCategories.Highlight, new ObservationAnchorRequest(Section: "教学目标"));
        await server.NoteAsync(Member, plan.Id, "读写示范清楚", CommentCategories.Highlight, new ObservationAnchorRequest(Quote: "会读写简单的分数"));
        await server.NoteAsync(Member, plan.Id, "小组合作时间不够", CommentCategories.Weakness, new ObservationAnchorRequest(Section: "教学过程"));
        await server.NoteAsync(Observer, plan.Id, "学生很投入");
        await server.SummariseAsync(Observer, plan.Id, "情境好", "时间紧", "压缩导入");
        await server.CommentAsync(Leader, plan.Id, CommentCategories.Suggestion, "板书再简洁些");
        await server.CommentAsync(Observer, plan.Id, CommentCategories.Highlight, "课件精美");

        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Teacher, HttpMethod.Get, FeedbackRoutes.RoundSummary(plan.Id, 1)));
        plan = await server.MoveToAsync(plan, PlanStages.Exchange);
        await server.SummariseAsync(Member, plan.Id, "示范清楚", "合作不足", "留足合作时间");
        await server.ExpectAsync<ReflectionDto>(HttpStatusCode.OK, Teacher, HttpMethod.Put, FeedbackRoutes.Reflection(plan.Id, 1), new ReflectionRequest("合作环节要留足时间。"));

        var summary = await server.ExpectAsync<RoundSummaryDto>(HttpStatusCode.OK, Admin, HttpMethod.Get, FeedbackRoutes.RoundSummary(plan.Id, 1));

        Assert.Equal((2, plan.Transitions.Last(t => t.To == PlanStages.Tracking).VersionId), (summary.Observers, summary.VersionId));
        Assert.Equal([("教学目标", 2), ("教学过程", 1), (null, 1)], summary.Sections.Select(s => (s.Section, s.Notes.Count)));
        Assert.Equal(2, summary.Sections[0].Counts.Single(c => c.Category == CommentCategories.Highlight).Count);
        Assert.Equal(1, summary.Sections[1].Counts.Single(c => c.Category == CommentCategories.Weakness).Count);
        Assert.Equal([2, 1, 0, 1], summary.NoteCounts.Select(c => c.Count));
        Assert.Equal(
            [(Observer, 2, "压缩导入"), (Member, 2, "留足合作时间")],
            summary.Summaries.Select(s => (s.ObserverId, s.Notes, s.Summary!.Suggestion)).OrderBy(s => s.ObserverId == Member));
        Assert.Equal([1, 0, 1], summary.Comments.Select(c => c.Count));
        Assert.Equal("板书再简洁些", summary.Comments.Single(c => c.Category == CommentCategories.Suggestion).Comments.Single().Body);
        Assert.Equal("合作环节要留足时间。", summary.Reflection!.Markdown);
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Outsider, HttpMethod.Get, FeedbackRoutes.RoundSummary(plan.Id, 1)));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Teacher, HttpMethod.Get, FeedbackRoutes.RoundSummary(plan.Id, 2)));
    }
}
