using System.Net;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Tests.Collaboration;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static LessonStudy.Server.Tests.Comments.FeedbackServer;

namespace LessonStudy.Server.Tests.Comments;

public sealed class CommentThreadTests(FeedbackServer server) : IClassFixture<FeedbackServer>
{
    [Fact]
    public async Task Thread_RepliesEditsAndDeletes_OwnOnly_DeletedTextKeptInTheRecord()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var comment = await server.CommentAsync(Member, plan.Id, body: "导入太长");
        var replied = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Observer, HttpMethod.Post, FeedbackRoutes.Replies(plan.Id, comment.Id), new CommentTextRequest("可以压缩到三分钟"));
        var replyId = replied.Replies.Single().Id;

        // Only the author edits or deletes; the teacher and the leader are not authors either.
        foreach (var other in new[] { Observer, Teacher, Leader })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(other, HttpMethod.Put, FeedbackRoutes.Comment(plan.Id, comment.Id), new CommentTextRequest("改别人的")));
            Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(other, HttpMethod.Delete, FeedbackRoutes.Comment(plan.Id, comment.Id)));
        }

        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(Member, HttpMethod.Put, FeedbackRoutes.Reply(plan.Id, comment.Id, replyId), new CommentTextRequest("改别人的")));
        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(Member, HttpMethod.Delete, FeedbackRoutes.Reply(plan.Id, comment.Id, replyId)));

        var edited = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Member, HttpMethod.Put, FeedbackRoutes.Comment(plan.Id, comment.Id), new CommentTextRequest("导入用时过长"));
        Assert.Equal("导入用时过长", edited.Body);
        Assert.NotNull(edited.EditedAt);
        var replyEdited = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Observer, HttpMethod.Put, FeedbackRoutes.Reply(plan.Id, comment.Id, replyId), new CommentTextRequest("压缩到三分钟以内"));
        Assert.Equal("压缩到三分钟以内", replyEdited.Replies.Single().Body);

        var deleted = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Member, HttpMethod.Delete, FeedbackRoutes.Comment(plan.Id, comment.Id));
        Assert.True(deleted.Deleted);
        Assert.Equal(string.Empty, deleted.Body);
        Assert.Equal("压缩到三分钟以内", deleted.Replies.Single().Body);
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Member, HttpMethod.Put, FeedbackRoutes.Comment(plan.Id, comment.Id), new CommentTextRequest("再改")));
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Leader, HttpMethod.Post, FeedbackRoutes.Replies(plan.Id, comment.Id), new CommentTextRequest("回复")));

        var stored = await server.Server.Services.GetRequiredService<CommentStore>().GetAsync(plan.Id, comment.Id, CancellationToken.None);
        Assert.Equal("导入用时过长", stored!.Body);
        Assert.Equal("导入太长", stored.Edits.Single().Body);
        Assert.NotNull(stored.DeletedAt);
        Assert.Single(await server.EventsAsync(RecordKinds.CommentCreated, plan.Id));
        Assert.Single(await server.EventsAsync(RecordKinds.CommentReplied, plan.Id));
        Assert.Equal(2, (await server.EventsAsync(RecordKinds.CommentEdited, plan.Id)).Count);
        Assert.Single(await server.EventsAsync(RecordKinds.CommentDeleted, plan.Id));
    }

    [Fact]
    public async Task List_FiltersByCategoryRoundAndStatus()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var highlight = await server.CommentAsync(Member, plan.Id, CommentCategories.Highlight, "情境创设好");
        var weakness = await server.CommentAsync(Leader, plan.Id, CommentCategories.Weakness, "练习偏少");
        var suggestion = await server.CommentAsync(Observer, plan.Id, CommentCategories.Suggestion, "加一道开放题");
        await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Leader, HttpMethod.Put, FeedbackRoutes.Resolution(plan.Id, weakness.Id), new ResolveCommentRequest(true));
        await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Member, HttpMethod.Delete, FeedbackRoutes.Comment(plan.Id, highlight.Id));

        Assert.Equal([suggestion.Id], (await server.CommentsAsync(Teacher, plan.Id, "?category=suggestion")).Select(c => c.Id));
        Assert.Equal([weakness.Id], (await server.CommentsAsync(Teacher, plan.Id, "?status=resolved")).Select(c => c.Id));
        Assert.Equal([suggestion.Id], (await server.CommentsAsync(Teacher, plan.Id, "?status=open")).Select(c => c.Id));
        Assert.Equal([highlight.Id], (await server.CommentsAsync(Teacher, plan.Id, "?status=deleted")).Select(c => c.Id));
        Assert.Equal(3, (await server.CommentsAsync(Teacher, plan.Id, "?round=1")).Length);
        Assert.Empty(await server.CommentsAsync(Teacher, plan.Id, "?round=2"));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Teacher, HttpMethod.Get, FeedbackRoutes.Comments(plan.Id) + "?category=praise"));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Teacher, HttpMethod.Get, FeedbackRoutes.Comments(plan.Id) + "?status=closed"));
    }

    [Fact]
    public async Task Create_MalformedInput_IsRefusedAndNothingStored()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var path = FeedbackRoutes.Comments(plan.Id);

        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Member, HttpMethod.Post, path, new CreateCommentRequest("praise", "好")));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Member, HttpMethod.Post, path, new CreateCommentRequest(CommentCategories.Highlight, "   ")));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Member, HttpMethod.Post, path, new CreateCommentRequest(CommentCategories.Highlight, new string('字', 4001))));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Member, HttpMethod.Post, path, new CreateCommentRequest(CommentCategories.Highlight, "好", new CommentAnchorRequest("!!", "AA==", "x"))));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Member, HttpMethod.Post, FeedbackRoutes.Comments("not-a-plan"), new CreateCommentRequest(CommentCategories.Highlight, "好")));
        Assert.Empty(await server.CommentsAsync(Member, plan.Id));
    }

    [Fact]
    public async Task Changes_ArePushedToConnectionsThatHaveThePlanOpen()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        await using var peer = await HubPeer.ConnectAsync(server.Server, await server.TokenAsync(Observer));
        var received = new List<PlanEventDto>();
        peer.Connection.On<PlanEventDto>(CollabRoutes.PlanEvent, e => { lock (received) { received.Add(e); } });
        await peer.JoinAsync(plan.DocumentId, 4242);

        var comment = await server.CommentAsync(Member, plan.Id);
        await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Leader, HttpMethod.Post, FeedbackRoutes.Replies(plan.Id, comment.Id), new CommentTextRequest("好"));

        await Eventually.TrueAsync(
            () => { lock (received) { return received.Count(e => e.Kind == PlanEventKinds.Comment && e.SubjectId == comment.Id) == 2; } },
            "both comment events to reach the observer's connection");
        Assert.All(received.Where(e => e.Kind == PlanEventKinds.Comment), e => Assert.Equal((plan.Id, plan.DocumentId, PlanStages.Discussion, 1), (e.PlanId, e.DocumentId, e.Stage, e.Round)));
    }
}
