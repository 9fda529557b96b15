using System.Net.Http.Headers;
using System.Net.Http.Json;
using LessonStudy.Contracts.Access;
using LessonStudy.Contracts.Documents;

namespace LessonStudy.Client.Api;

/// <summary>
/// The HTTP side a collaborating client needs: development sign-in and documents (create, share,
/// list). Each call carries the token it is given, so one instance serves many users.
/// </summary>
public sealed class LessonStudyApi(HttpClient http)
{
    /// <summary>Development sign-in (<c>POST /api/dev/token</c>); only servers without Entra ID serve it.</summary>
    public async Task<string> GetDevTokenAsync(string userId, string displayName, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync(AccessRoutes.DevToken, new DevTokenRequest(userId, displayName), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<DevTokenResponse>(cancellationToken).ConfigureAwait(false);
        return body?.AccessToken ?? throw new InvalidOperationException("The dev sign-in answered without a token.");
    }

    /// <summary>Creates a document owned by the token's user; returns its ID.</summary>
    public async Task<string> CreateDocumentAsync(string token, string? title, CancellationToken cancellationToken = default)
    {
        using var request = Authorized(HttpMethod.Post, DocumentRoutes.Documents, token, JsonContent.Create(new CreateDocumentRequest(title)));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<CreateDocumentResponse>(cancellationToken).ConfigureAwait(false);
        return body?.Id ?? throw new InvalidOperationException("Creating a document answered without an ID.");
    }

    /// <summary>The owner (by <paramref name="ownerToken"/>) shares a document.</summary>
    public async Task ShareAsync(string ownerToken, string documentId, string userId, bool canEdit, CancellationToken cancellationToken = default)
    {
        using var request = Authorized(HttpMethod.Post, DocumentRoutes.Members(documentId), ownerToken, JsonContent.Create(new AddMemberRequest(userId, canEdit)));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The documents the token's user can open.</summary>
    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(string token, CancellationToken cancellationToken = default)
    {
        using var request = Authorized(HttpMethod.Get, DocumentRoutes.Documents, token, null);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<DocumentSummary>>(cancellationToken).ConfigureAwait(false) ?? [];
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string path, string token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
