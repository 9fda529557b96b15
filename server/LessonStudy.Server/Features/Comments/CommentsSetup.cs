using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Comments;

public static class CommentsSetup
{
    /// <summary>Comment threads, and the pieces observations and reflections share (plan gate, blobs, events).</summary>
    public static WebApplicationBuilder AddComments(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PlanGate>();
        builder.Services.AddSingleton<FeedbackBlobs>();
        builder.Services.AddSingleton<FeedbackEvents>();
        builder.Services.AddSingleton<CommentStore>();
        builder.Services.AddSingleton<CommentChange>();
        builder.Services.AddSingleton<IUndisposedSuggestions, UndisposedSuggestions>();
        return builder;
    }

    public static WebApplication MapComments(this WebApplication app)
    {
        var comments = app.MapGroup("/api/plans/{id}/comments").WithTags("Comments");
        comments.MapGet("", CommentEndpoints.ListAsync).WithName("ListComments");
        comments.MapPost("", CommentEndpoints.CreateAsync).WithName("CreateComment");
        comments.MapGet("/{commentId}", CommentThreadEndpoints.GetAsync).WithName("GetComment");
        comments.MapPut("/{commentId}", CommentThreadEndpoints.EditAsync).WithName("EditComment");
        comments.MapDelete("/{commentId}", CommentThreadEndpoints.DeleteAsync).WithName("DeleteComment");
        comments.MapPost("/{commentId}/replies", CommentThreadEndpoints.ReplyAsync).WithName("ReplyToComment");
        comments.MapPut("/{commentId}/replies/{replyId}", CommentThreadEndpoints.EditReplyAsync).WithName("EditCommentReply");
        comments.MapDelete("/{commentId}/replies/{replyId}", CommentThreadEndpoints.DeleteReplyAsync).WithName("DeleteCommentReply");
        comments.MapPut("/{commentId}/resolution", CommentDecisionEndpoints.ResolveAsync).WithName("ResolveComment");
        comments.MapPut("/{commentId}/disposition", CommentDecisionEndpoints.DisposeAsync).WithName("DisposeComment");
        return app;
    }
}
