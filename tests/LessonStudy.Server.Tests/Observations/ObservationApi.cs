using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Tests.Comments;

namespace LessonStudy.Server.Tests.Observations;

internal static class ObservationApi
{
    public static Task<ObservationDto> StartLessonAsync(this FeedbackServer server, string userId, string planId) =>
        server.ExpectAsync<ObservationDto>(HttpStatusCode.OK, userId, HttpMethod.Post, FeedbackRoutes.LessonStart(planId));

    public static Task<ObservationDto> NoteAsync(this FeedbackServer server, string userId, string planId, string text, string? category = null, ObservationAnchorRequest? anchor = null) =>
        server.ExpectAsync<ObservationDto>(HttpStatusCode.OK, userId, HttpMethod.Post, FeedbackRoutes.Notes(planId), new ObservationNoteRequest(text, category, anchor));

    public static Task<ObservationDto> SummariseAsync(this FeedbackServer server, string userId, string planId, string highlight = "情境真实", string weakness = "练习不足", string suggestion = "增加分层练习") =>
        server.ExpectAsync<ObservationDto>(HttpStatusCode.OK, userId, HttpMethod.Put, FeedbackRoutes.Summary(planId), new ObservationSummaryRequest(highlight, weakness, suggestion));
}
