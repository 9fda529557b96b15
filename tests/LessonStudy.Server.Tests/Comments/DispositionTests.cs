using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using Microsoft.Extensions.DependencyInjection;
using static LessonStudy.Server.Tests.Comments.FeedbackServer;

namespace LessonStudy.Server.Tests.Comments;

public sealed class DispositionTests(FeedbackServer server) : IClassFixture<FeedbackServer>
{
    [Fact]
    public async Task Dispose_RejectedNeedsAReason_OnlySuggestionsTakeOne()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var suggestion = await server.CommentAsync(Member, plan.Id);
        var highlight = await server.CommentAsync(Member, plan.Id, CommentCategories.Highlight, "好");
        plan = await server.MoveToAsync(plan, PlanStages.Revision);
        var path = FeedbackRoutes.Disposition(plan.Id, suggestion.Id);

        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Teacher, HttpMethod.Put, path, new DispositionRequest(CommentDispositions.Rejected)));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Teacher, HttpMethod.Put, path, new DispositionRequest(CommentDispositions.Rejected, "  ")));
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Teacher, HttpMethod.Put, path, new DispositionRequest("maybe")));
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Teacher, HttpMethod.Put, FeedbackRoutes.Disposition(plan.Id, highlight.Id), new DispositionRequest(CommentDispositions.Adopted)));

        var rejected = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Teacher, HttpMethod.Put, path, new DispositionRequest(CommentDispositions.Rejected, "课时不够，放到下一课"));
        Assert.Equal((CommentDispositions.Rejected, "课时不够，放到下一课", Teacher, 1), (rejected.Disposition!.Disposition, rejected.Disposition.Reason, rejected.Disposition.ByUserId, rejected.Disposition.Round));
        var events = await server.EventsAsync(RecordKinds.DispositionSet, plan.Id);
        Assert.Equal(CommentDispositions.Rejected, Assert.Single(events).Data.GetProperty("disposition").GetString());
    }

    [Fact]
    public async Task Dispose_WithoutVersion_LinksToTheVersionFrozenNext_WithVersion_MustBeThePlans()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var first = await server.CommentAsync(Member, plan.Id, body: "板书要有层次");
        var second = await server.CommentAsync(Leader, plan.Id, body: "作业分层");
        plan = await server.MoveToAsync(plan, PlanStages.Revision);
        var discussionVersion = plan.Transitions[^1].VersionId!;

        var pending = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Teacher, HttpMethod.Put, FeedbackRoutes.Disposition(plan.Id, first.Id), new DispositionRequest(CommentDispositions.Adopted));
        Assert.True(pending.Disposition!.NextVersion);
        Assert.Null(pending.Disposition.VersionId);
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Teacher, HttpMethod.Put, FeedbackRoutes.Disposition(plan.Id, second.Id), new DispositionRequest(CommentDispositions.Deferred, VersionId: "0123456789abcdef0123456789abcdef")));
        var pinned = await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Teacher, HttpMethod.Put, FeedbackRoutes.Disposition(plan.Id, second.Id), new DispositionRequest(CommentDispositions.Deferred, VersionId: discussionVersion));
        Assert.Equal(discussionVersion, pinned.Disposition!.VersionId);

        plan = await server.MoveToAsync(plan, PlanStages.Tracking);
        var teachingVersion = plan.Transitions[^1].VersionId;
        var listed = await server.CommentsAsync(Observer, plan.Id);
        Assert.Equal(teachingVersion, listed.Single(c => c.Id == first.Id).Disposition!.VersionId);
        Assert.Equal(discussionVersion, listed.Single(c => c.Id == second.Id).Disposition!.VersionId);
    }

    [Fact]
    public async Task UndisposedSuggestions_CountsOpenSuggestionsWithoutDisposition_AndTheTransitionRecordsIt()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var disposed = await server.CommentAsync(Member, plan.Id);
        var resolved = await server.CommentAsync(Member, plan.Id);
        await server.CommentAsync(Observer, plan.Id);
        await server.CommentAsync(Observer, plan.Id, CommentCategories.Weakness, "不是建议");
        var deleted = await server.CommentAsync(Leader, plan.Id);
        plan = await server.MoveToAsync(plan, PlanStages.Revision);
        await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Teacher, HttpMethod.Put, FeedbackRoutes.Disposition(plan.Id, disposed.Id), new DispositionRequest(CommentDispositions.Adopted));
        await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Member, HttpMethod.Put, FeedbackRoutes.Resolution(plan.Id, resolved.Id), new ResolveCommentRequest(true));
        await server.ExpectAsync<CommentDto>(HttpStatusCode.OK, Leader, HttpMethod.Delete, FeedbackRoutes.Comment(plan.Id, deleted.Id));

        var counter = server.Server.Services.GetServices<IUndisposedSuggestions>().OfType<UndisposedSuggestions>().Single();
        var record = await server.Server.Services.GetRequiredService<IPlanStore>().GetPlanAsync(plan.Id, CancellationToken.None);
        Assert.Equal(1, await counter.CountAsync(record!, CancellationToken.None));

        var refused = await server.StatusAsync(Leader, HttpMethod.Post, PlanRoutes.Transitions(plan.Id), new TransitionRequest(PlanStages.Tracking));
        Assert.Equal(HttpStatusCode.Conflict, refused);
        plan = await server.MoveAsync(plan.Id, PlanStages.Tracking);
        Assert.Equal((true, 1), (plan.Transitions[^1].ConfirmedUndisposed, plan.Transitions[^1].UndisposedSuggestions));
    }
}
