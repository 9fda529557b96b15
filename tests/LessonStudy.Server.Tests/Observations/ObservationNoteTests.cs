using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Tests.Comments;
using static LessonStudy.Server.Tests.Comments.FeedbackServer;

namespace LessonStudy.Server.Tests.Observations;

public sealed class ObservationNoteTests(FeedbackServer server) : IClassFixture<FeedbackServer>
{
    private const string Goal = "会读写简单的分数";

    [Fact]
    public async Task Notes_TimestampedFromTheObserversLessonClock()
    {
        var plan = await server.PlanInAsync(PlanStages.Tracking);
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Observer, HttpMethod.Post, FeedbackRoutes.Notes(plan.Id), new ObservationNoteRequest("还没开始")));

        var started = await server.StartLessonAsync(Observer, plan.Id);
        Assert.Equal(plan.Transitions[^1].VersionId, started.VersionId);
        var clock = started.LessonStartedAt!.Value;
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        var first = (await server.NoteAsync(Observer, plan.Id, "导入用了生日蛋糕", CommentCategories.Highlight)).Notes.Single();
        var again = await server.StartLessonAsync(Observer, plan.Id);
        var second = (await server.NoteAsync(Observer, plan.Id, "分组讨论")).Notes[^1];

        Assert.Equal(clock, again.LessonStartedAt);
        Assert.True(first.OffsetSeconds >= 1, $"offset {first.OffsetSeconds}");
        Assert.Equal(first.OffsetSeconds, (int)Math.Floor((first.At - clock).TotalSeconds));
        Assert.True(second.OffsetSeconds >= first.OffsetSeconds);
        Assert.Null(second.Category);
        var events = await server.EventsAsync(RecordKinds.ObservationNote, plan.Id);
        Assert.Equal(["started", "added", "added"], events.Select(e => e.Data.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Notes_EditAndDeleteOnlyInOnesOwnRecord()
    {
        var plan = await server.PlanInAsync(PlanStages.Tracking);
        await server.StartLessonAsync(Observer, plan.Id);
        var noteId = (await server.NoteAsync(Observer, plan.Id, "提问有效")).Notes.Single().Id;
        await server.StartLessonAsync(Member, plan.Id);

        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Member, HttpMethod.Put, FeedbackRoutes.Note(plan.Id, noteId), new ObservationNoteRequest("改别人的")));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Member, HttpMethod.Delete, FeedbackRoutes.Note(plan.Id, noteId)));
        var edited = await server.ExpectAsync<ObservationDto>(HttpStatusCode.OK, Observer, HttpMethod.Put, FeedbackRoutes.Note(plan.Id, noteId), new ObservationNoteRequest("提问有层次", CommentCategories.Highlight));
        Assert.Equal(("提问有层次", CommentCategories.Highlight), (edited.Notes.Single().Text, edited.Notes.Single().Category));
        var deleted = await server.ExpectAsync<ObservationDto>(HttpStatusCode.OK, Observer, HttpMethod.Delete, FeedbackRoutes.Note(plan.Id, noteId));
        Assert.Empty(deleted.Notes);
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Observer, HttpMethod.Delete, FeedbackRoutes.Note(plan.Id, noteId)));
    }

    [Fact]
    public async Task Notes_AnchoredToASectionOrTheTextOfTheTeachingVersion()
    {
        var plan = await server.PlanInAsync(PlanStages.Tracking);
        await server.StartLessonAsync(Leader, plan.Id);

        var bySection = (await server.NoteAsync(Leader, plan.Id, "目标落实", anchor: new ObservationAnchorRequest(Section: "## 教学目标"))).Notes[^1];
        Assert.Equal("教学目标", bySection.Section);
        var byQuote = (await server.NoteAsync(Leader, plan.Id, "读写练习", anchor: new ObservationAnchorRequest(Quote: Goal))).Notes[^1];
        Assert.Equal(("教学目标", Goal), (byQuote.Section, byQuote.Quote));
        var fromYjs = await NodeAnchorClient.RunAsync(server, Observer, plan.DocumentId, Goal);
        var byRange = (await server.NoteAsync(Leader, plan.Id, "这里停顿", CommentCategories.Weakness, new ObservationAnchorRequest(Start: fromYjs.Start, End: fromYjs.End, Quote: Goal))).Notes[^1];
        Assert.Equal(("教学目标", fromYjs.Start), (byRange.Section, byRange.Start));

        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Leader, HttpMethod.Post, FeedbackRoutes.Notes(plan.Id), new ObservationNoteRequest("x", Anchor: new ObservationAnchorRequest(Section: "课堂小结"))));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Leader, HttpMethod.Post, FeedbackRoutes.Notes(plan.Id), new ObservationNoteRequest("x", Anchor: new ObservationAnchorRequest(Quote: "不在授课版里的话"))));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Leader, HttpMethod.Post, FeedbackRoutes.Notes(plan.Id), new ObservationNoteRequest("x", Anchor: new ObservationAnchorRequest(Start: fromYjs.Start, End: fromYjs.End, Quote: "别的"))));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Leader, HttpMethod.Post, FeedbackRoutes.Notes(plan.Id), new ObservationNoteRequest("x", "praise")));
    }
}
