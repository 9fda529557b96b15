using LessonStudy.TestKit.Server;

namespace LessonStudy.Client.Tests.Support;

/// <summary>Signs users in on a loopback server and connects clients for them.</summary>
internal static class ServerUsers
{
    public static async Task<CollabClient> ConnectAsync(this LoopbackServer server, string userId)
    {
        var token = await server.GetTokenAsync(userId);
        return await CollabClient.ConnectAsync(CollabClientOptions.For(server.BaseAddress, token)).Within($"{userId} to connect");
    }

    /// <summary>A document owned by <paramref name="ownerId"/> and shared with <paramref name="editors"/> (who may edit).</summary>
    public static async Task<string> CreateSharedDocumentAsync(this LoopbackServer server, string ownerId, params string[] editors)
    {
        var token = await server.GetTokenAsync(ownerId);
        var documentId = await server.CreateDocumentAsync(token, $"{ownerId}'s document");
        foreach (var editor in editors)
        {
            await server.ShareAsync(token, documentId, editor, canEdit: true);
        }

        return documentId;
    }
}
