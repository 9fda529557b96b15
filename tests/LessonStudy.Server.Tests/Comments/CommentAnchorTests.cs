using System.Net;
using LessonStudy.Client.Documents;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Crdt;
using LessonStudy.Server.Features.Collaboration;
using Microsoft.Extensions.DependencyInjection;
using static LessonStudy.Server.Tests.Comments.FeedbackServer;

namespace LessonStudy.Server.Tests.Comments;

/// <summary>
/// Anchors follow their text through concurrent edits made through the server by the real yjs (Node) and by the
/// .NET client, and are "原文已删除" once the text is gone — live, and on later versions.
/// </summary>
public sealed class CommentAnchorTests(FeedbackServer server) : IClassFixture<FeedbackServer>
{
    private const string Quote = "会读写简单的分数";

    [Fact]
    public async Task Anchor_FromDotNet_SurvivesConcurrentYjsAndDotNetEdits_ThenDeleted()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        await using var member = await server.ConnectAsync(Member);
        using var timeout = new CancellationTokenSource(FeedbackServer.Timeout);
        var session = await member.JoinAsync(plan.DocumentId, cancellationToken: timeout.Token);
        var anchor = session.Read(doc => CommentApi.AnchorOn(doc.GetText(DocumentSession.ContentRoot), Quote));
        var comment = await server.CommentAsync(Member, plan.Id, anchor: anchor);
        Assert.Equal((AnchorStatuses.Present, Quote), (comment.Anchor!.Status, comment.Anchor.Text));

        // Both clients at once: yjs types at the head and right after the quote, .NET right before it and at the end.
        var node = NodeAnchorClient.RunAsync(server, Teacher, plan.DocumentId, Quote, "head=【导语】", "after=（重点）");
        session.Edit(doc =>
        {
            var text = doc.GetText(DocumentSession.ContentRoot);
            text.Insert(text.ToString().IndexOf(Quote, StringComparison.Ordinal), "并且");
            text.Insert(text.Length, "\n（课后补充）");
        });
        await session.WhenSavedAsync(timeout.Token);
        await node;

        var live = await LiveTextAsync(plan.DocumentId);
        Assert.Contains("【导语】", live, StringComparison.Ordinal);
        Assert.Contains("并且" + Quote + "（重点）", live, StringComparison.Ordinal);
        var followed = await AnchorAsync(plan.Id, comment.Id);
        Assert.Equal((AnchorStatuses.Present, false, Quote, live.IndexOf(Quote, StringComparison.Ordinal)), (followed.Status, followed.Deleted, followed.Text, followed.Index));

        await NodeAnchorClient.RunAsync(server, Teacher, plan.DocumentId, Quote, "inside=能");
        var changed = await AnchorAsync(plan.Id, comment.Id);
        Assert.Equal((AnchorStatuses.Changed, "会能读写简单的分数"), (changed.Status, changed.Text));

        await session.WhenSyncedAsync(timeout.Token);
        await Eventually(() => session.ReadContent().Contains("会能读写", StringComparison.Ordinal), "the .NET client to see the yjs edit");
        session.Edit(doc =>
        {
            var text = doc.GetText(DocumentSession.ContentRoot);
            text.Delete(text.ToString().IndexOf("会能读写简单的分数", StringComparison.Ordinal), "会能读写简单的分数".Length);
        });
        await session.WhenSavedAsync(timeout.Token);

        var gone = await AnchorAsync(plan.Id, comment.Id);
        Assert.Equal((AnchorStatuses.Deleted, true, AnchorStatuses.DeletedLabel), (gone.Status, gone.Deleted, gone.Label));
        Assert.Equal(Quote, gone.Quote);
    }

    [Fact]
    public async Task Anchor_EncodedByYjs_IsAccepted_FollowsDotNetEdits_ThenYjsDeletesIt()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var fromYjs = await NodeAnchorClient.RunAsync(server, Teacher, plan.DocumentId, Quote);
        var comment = await server.CommentAsync(Observer, plan.Id, anchor: fromYjs.Anchor(Quote));
        Assert.Equal(fromYjs.Index, comment.Anchor!.Index);

        await server.EditAsync(Member, plan.DocumentId, text =>
        {
            var at = text.ToString().IndexOf(Quote, StringComparison.Ordinal);
            text.Insert(at + Quote.Length, "，并能比较大小");
            text.Insert(at, "初步");
            text.Insert(0, "第一课时\n");
        });
        var live = await LiveTextAsync(plan.DocumentId);
        var followed = await AnchorAsync(plan.Id, comment.Id);
        Assert.Equal((AnchorStatuses.Present, Quote, live.IndexOf(Quote, StringComparison.Ordinal)), (followed.Status, followed.Text, followed.Index));

        await NodeAnchorClient.RunAsync(server, Teacher, plan.DocumentId, Quote, "delete");
        var gone = await AnchorAsync(plan.Id, comment.Id);
        Assert.True(gone.Deleted);
        Assert.Equal(AnchorStatuses.DeletedLabel, gone.Label);
    }

    [Fact]
    public async Task Anchor_OnVersions_ResolvesAgainstEachVersionsState()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var comment = await server.CommentAsync(Leader, plan.Id, anchor: (await NodeAnchorClient.RunAsync(server, Teacher, plan.DocumentId, Quote)).Anchor(Quote));
        plan = await server.MoveToAsync(plan, PlanStages.Revision);
        var discussionVersion = plan.Transitions[^1].VersionId!;

        // In 修正 the teacher rewrites the goal: the quoted words go, new words come (and get a comment of their own).
        await server.EditAsync(Teacher, plan.DocumentId, text =>
        {
            var at = text.ToString().IndexOf(Quote, StringComparison.Ordinal);
            text.Delete(at, Quote.Length);
            text.Insert(at, "能用分数表示生活中的量");
        });
        var later = await server.CommentAsync(Member, plan.Id, anchor: (await NodeAnchorClient.RunAsync(server, Teacher, plan.DocumentId, "能用分数表示生活中的量")).Anchor("能用分数表示生活中的量"));
        plan = await server.MoveToAsync(plan, PlanStages.Tracking);
        var teachingVersion = plan.Transitions[^1].VersionId!;

        var onDiscussion = await server.CommentsAsync(Observer, plan.Id, $"?versionId={discussionVersion}");
        var first = onDiscussion.Single(c => c.Id == comment.Id).Anchor!;
        Assert.Equal((discussionVersion, AnchorStatuses.Present, Quote), (first.ResolvedAgainst, first.Status, first.Text));
        Assert.Equal(AnchorStatuses.Absent, onDiscussion.Single(c => c.Id == later.Id).Anchor!.Status);

        var onTeaching = await server.CommentsAsync(Observer, plan.Id, $"?versionId={teachingVersion}");
        var deleted = onTeaching.Single(c => c.Id == comment.Id).Anchor!;
        Assert.Equal((true, AnchorStatuses.DeletedLabel), (deleted.Deleted, deleted.Label));
        Assert.Equal((AnchorStatuses.Present, "能用分数表示生活中的量"), (onTeaching.Single(c => c.Id == later.Id).Anchor!.Status, onTeaching.Single(c => c.Id == later.Id).Anchor!.Text));
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Observer, HttpMethod.Get, FeedbackRoutes.Comments(plan.Id) + "?versionId=0123456789abcdef0123456789abcdef"));
    }

    [Fact]
    public async Task Create_AnchorNotOnTheQuoteOrOnUnknownText_Conflict()
    {
        var plan = await server.PlanInAsync(PlanStages.Discussion);
        var real = await NodeAnchorClient.RunAsync(server, Teacher, plan.DocumentId, Quote);
        var elsewhere = new Doc();
        elsewhere.Transact(_ => elsewhere.GetText("content").Insert(0, Quote));

        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Member, HttpMethod.Post, FeedbackRoutes.Comments(plan.Id), new CreateCommentRequest(CommentCategories.Highlight, "好", real.Anchor("别的字"))));
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Member, HttpMethod.Post, FeedbackRoutes.Comments(plan.Id), new CreateCommentRequest(CommentCategories.Highlight, "好", CommentApi.AnchorOn(elsewhere.GetText("content"), Quote))));
        Assert.Empty(await server.CommentsAsync(Member, plan.Id));
    }

    private async Task<CommentAnchorDto> AnchorAsync(string planId, string commentId) =>
        (await server.CommentsAsync(Observer, planId)).Single(c => c.Id == commentId).Anchor!;

    private async Task<string> LiveTextAsync(string documentId) =>
        (await server.Server.Services.GetRequiredService<IDocumentContent>().ReadAsync(documentId, CancellationToken.None)).Markdown;

    private static Task Eventually(Func<bool> condition, string what) => Collaboration.Eventually.TrueAsync(condition, what);
}
