using System.Net;
using System.Net.Http.Json;
using LessonStudy.Contracts.Documents;
using LessonStudy.TestKit.Server;

namespace LessonStudy.Server.Tests.Documents;

/// <summary>Raw calls to the documents API that return the status, for authorization tables.</summary>
internal static class DocumentApi
{
    public static async Task<HttpStatusCode> GetStatusAsync(LoopbackServer server, string? token, string path)
    {
        using var http = server.CreateHttpClient(token);
        using var response = await http.GetAsync(path);
        return response.StatusCode;
    }

    public static async Task<HttpStatusCode> ShareStatusAsync(LoopbackServer server, string? token, string documentId, string userId, bool canEdit)
    {
        using var http = server.CreateHttpClient(token);
        using var response = await http.PostAsJsonAsync($"{DocumentRoutes.Documents}/{documentId}/members", new AddMemberRequest(userId, canEdit));
        return response.StatusCode;
    }

    public static async Task<DocumentSummary?> GetSummaryAsync(LoopbackServer server, string token, string documentId)
    {
        using var http = server.CreateHttpClient(token);
        using var response = await http.GetAsync($"{DocumentRoutes.Documents}/{documentId}");
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<DocumentSummary>() : null;
    }

    public static async Task<DocumentSummary[]> ListAsync(LoopbackServer server, string token)
    {
        using var http = server.CreateHttpClient(token);
        return (await http.GetFromJsonAsync<DocumentSummary[]>(DocumentRoutes.Documents))!;
    }
}
