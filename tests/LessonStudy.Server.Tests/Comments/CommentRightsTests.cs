using System.Net;
using LessonStudy.Contracts.LessonStudy;
using static LessonStudy.Server.Tests.Comments.FeedbackServer;

namespace LessonStudy.Server.Tests.Comments;

/// <summary>Every role in every stage against the comment endpoints (DESIGN.md's stage table).</summary>
public sealed class CommentRightsTests(FeedbackServer server) : IClassFixture<FeedbackServer>
{
    private static readonly string[] Stages = [PlanStages.Draft, PlanStages.Discussion, PlanStages.Revision, PlanStages.Tracking, PlanStages.Exchange, PlanStages.Final];
    private static readonly HashSet<string> Commenters = [Teacher, Member, Leader, Observer];
    private static readonly HashSet<string> CommentStages = [PlanStages.Discussion, PlanStages.Revision, PlanStages.Tracking, PlanStages.Exchange];

    [Fact]
    public async Task CreateAndList_EveryRoleInEveryStage_FollowStageTable()
    {
        var plan = await server.PlanAsync();
        foreach (var stage in Stages)
        {
            plan = await server.MoveToAsync(plan, stage);
            foreach (var user in Everyone)
            {
                var created = await server.StatusAsync(user, HttpMethod.Post, FeedbackRoutes.Comments(plan.Id), new CreateCommentRequest(CommentCategories.Highlight, $"{user} 在 {stage}"));
                Assert.True(
                    CommentApi.Expected(user, Commenters.Contains(user), CommentStages.Contains(stage), HttpStatusCode.Created) == created,
                    $"create as {user} in {stage}: {(int)created}");
                var listed = await server.StatusAsync(user, HttpMethod.Get, FeedbackRoutes.Comments(plan.Id));
                Assert.Equal(user == Outsider ? HttpStatusCode.NotFound : HttpStatusCode.OK, listed);
            }
        }

        Assert.Equal(4 * 4, (await server.CommentsAsync(Admin, plan.Id)).Length);
    }

    [Fact]
    public async Task Dispose_EveryRoleInEveryStage_OnlyTheTeacherInRevision()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var suggestion = await server.CommentAsync(Member, plan.Id);
        foreach (var stage in Stages.Skip(1))
        {
            plan = await server.MoveToAsync(plan, stage);
            foreach (var user in Everyone)
            {
                var status = await server.StatusAsync(user, HttpMethod.Put, FeedbackRoutes.Disposition(plan.Id, suggestion.Id), new DispositionRequest(CommentDispositions.Deferred));
                Assert.True(
                    CommentApi.Expected(user, user == Teacher, stage == PlanStages.Revision, HttpStatusCode.OK) == status,
                    $"dispose as {user} in {stage}: {(int)status}");
            }
        }
    }

    [Fact]
    public async Task Resolve_AuthorTeacherOrLeader_OthersForbidden_AfterFinalConflict()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var comment = await server.CommentAsync(Member, plan.Id);
        var path = FeedbackRoutes.Resolution(plan.Id, comment.Id);

        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(Observer, HttpMethod.Put, path, new ResolveCommentRequest(true)));
        Assert.Equal(HttpStatusCode.Forbidden, await server.StatusAsync(Admin, HttpMethod.Put, path, new ResolveCommentRequest(true)));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Outsider, HttpMethod.Put, path, new ResolveCommentRequest(true)));
        foreach (var user in new[] { Member, Teacher, Leader })
        {
            var resolved = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, user, HttpMethod.Put, path, new ResolveCommentRequest(true));
            Assert.True(resolved.Resolved);
            var reopened = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, user, HttpMethod.Put, path, new ResolveCommentRequest(false));
            Assert.False(reopened.Resolved);
        }

        await server.MoveToAsync(plan, PlanStages.Final);
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Member, HttpMethod.Put, path, new ResolveCommentRequest(true)));
    }

    [Fact]
    public async Task ThreadActions_OutsideCommentStages_Conflict()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var comment = await server.CommentAsync(Member, plan.Id);
        var reply = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Observer, HttpMethod.Post, FeedbackRoutes.Replies(plan.Id, comment.Id), new CommentTextRequest("同意"));
        await server.MoveToAsync(plan, PlanStages.Final);

        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Leader, HttpMethod.Post, FeedbackRoutes.Replies(plan.Id, comment.Id), new CommentTextRequest("晚了")));
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Member, HttpMethod.Put, FeedbackRoutes.Comment(plan.Id, comment.Id), new CommentTextRequest("改")));
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Member, HttpMethod.Delete, FeedbackRoutes.Comment(plan.Id, comment.Id)));
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Observer, HttpMethod.Put, FeedbackRoutes.Reply(plan.Id, comment.Id, reply.Replies[0].Id), new CommentTextRequest("改")));
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Observer, HttpMethod.Delete, FeedbackRoutes.Reply(plan.Id, comment.Id, reply.Replies[0].Id)));
        Assert.Equal(HttpStatusCode.OK, await server.StatusAsync(Admin, HttpMethod.Get, FeedbackRoutes.Comment(plan.Id, comment.Id)));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Outsider, HttpMethod.Get, FeedbackRoutes.Comment(plan.Id, comment.Id)));
    }
}
