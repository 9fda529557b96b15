using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Crdt.Positions;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Server.Tests.Comments;

/// <summary>Comment calls the tests make again and again.</summary>
internal static class CommentApi
{
    public static Task<CommentDto> CommentAsync(this FeedbackServer server, string userId, string planId, string category = CommentCategories.Suggestion, string body = "建议增加动手操作", CommentAnchorRequest? anchor = null) =>
        server.ExpectAsync<CommentDto>(HttpStatusCode.Created, userId, HttpMethod.Post, FeedbackRoutes.Comments(planId), new CreateCommentRequest(category, body, anchor));

    public static Task<CommentDto[]> CommentsAsync(this FeedbackServer server, string userId, string planId, string query = "") =>
        server.ExpectAsync<CommentDto[]>(HttpStatusCode.OK, userId, HttpMethod.Get, FeedbackRoutes.Comments(planId) + query);

    /// <summary>An anchor on the first occurrence of <paramref name="quote"/>, encoded as yjs does (start with its first character, end with its last).</summary>
    public static CommentAnchorRequest AnchorOn(YText text, string quote)
    {
        var at = text.ToString().IndexOf(quote, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{quote}\" is not in the text");
        var start = RelativePositions.CreateRelativePositionFromTypeIndex(text, at);
        var end = RelativePositions.CreateRelativePositionFromTypeIndex(text, at + quote.Length, -1);
        return new CommentAnchorRequest(
            Convert.ToBase64String(RelativePositions.EncodeRelativePosition(start)),
            Convert.ToBase64String(RelativePositions.EncodeRelativePosition(end)),
            quote);
    }

    /// <summary>The expected status of an action a user tries: allowed (with <paramref name="allowed"/>), 409 (wrong stage), 403, or 404 (cannot read).</summary>
    public static HttpStatusCode Expected(string userId, bool roleMay, bool stageAllows, HttpStatusCode allowed) =>
        userId == FeedbackServer.Outsider ? HttpStatusCode.NotFound
        : !roleMay ? HttpStatusCode.Forbidden
        : stageAllows ? allowed
        : HttpStatusCode.Conflict;
}
