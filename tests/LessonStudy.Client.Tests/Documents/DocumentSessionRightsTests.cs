using LessonStudy.Client.Documents;
using LessonStudy.Client.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace LessonStudy.Client.Tests.Documents;

/// <summary>The server decides who edits: a read-only member's edit is refused and changes nothing on the server.</summary>
public sealed class DocumentSessionRightsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Edit_ReadOnlyMember_IsRejectedAndServerUnchanged()
    {
        var server = fixture.Server;
        var ownerToken = await server.GetTokenAsync("ro-owner");
        var documentId = await server.CreateDocumentAsync(ownerToken, "read-only test");
        await server.ShareAsync(ownerToken, documentId, "ro-reader", canEdit: false);

        await using var owner = await server.ConnectAsync("ro-owner");
        var writer = await owner.JoinAsync(documentId).Within("owner to join");
        writer.Edit(doc => doc.GetText(DocumentSession.ContentRoot).Insert(0, "plan v1"));
        await writer.WhenSavedAsync().Within("owner's edit to be saved");

        await using var readerClient = await server.ConnectAsync("ro-reader");
        var reader = await readerClient.JoinAsync(documentId).Within("reader to join");
        Assert.False(reader.Rights.CanEdit);
        Assert.Equal("plan v1", reader.ReadContent());

        reader.Edit(doc => doc.GetText(DocumentSession.ContentRoot).Insert(0, "vandal "));
        var refusal = await Assert.ThrowsAsync<HubException>(() => reader.WhenSavedAsync().Within("the refusal"));
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        Assert.False(reader.HasUnacknowledgedChanges);

        await using var fresh = await server.ConnectAsync("ro-owner");
        var check = await fresh.JoinAsync(documentId).Within("a fresh owner connection to join");
        Assert.Equal("plan v1", check.ReadContent());
        Assert.Equal("plan v1", writer.ReadContent());
    }
}
