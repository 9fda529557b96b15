using LessonStudy.Contracts.Collaboration;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Tests.Collaboration;

namespace LessonStudy.Server.Tests.Plans;

/// <summary>Real hub connections to plan documents (the raw protocol peer of the collaboration tests).</summary>
internal static class PlanHub
{
    private static ulong nextClientId = 50_000;

    /// <summary>Connects <paramref name="userId"/> and joins the plan's document; its text arrives by sync.</summary>
    public static async Task<(HubPeer Peer, JoinResult Join)> JoinAsync(PlansServer server, string userId, PlanDto plan, string expectedText)
    {
        var peer = await HubPeer.ConnectAsync(server.Server, await server.TokenAsync(userId));
        var join = await peer.JoinAsync(plan.DocumentId, Interlocked.Increment(ref nextClientId));
        await Eventually.TrueAsync(() => peer[plan.DocumentId].Text == expectedText, $"{userId} to receive the plan's text");
        return (peer, join);
    }

    /// <summary>Appends <paramref name="text"/> as <paramref name="peer"/> and waits for the acknowledgement.</summary>
    public static async Task AppendAsync(HubPeer peer, string documentId, string text)
    {
        var document = peer[documentId];
        document.Edit(t => t.Insert(t.Length, text));
        await document.AcknowledgedAsync();
    }
}
