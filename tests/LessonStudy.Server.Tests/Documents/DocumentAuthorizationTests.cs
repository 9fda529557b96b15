using System.Net;
using System.Net.Http.Json;
using LessonStudy.Contracts.Documents;
using LessonStudy.Server.Tests.Access;

namespace LessonStudy.Server.Tests.Documents;

/// <summary>Who gets what from every documents endpoint: anonymous 401, stranger 404, member 403 where owner-only, owner ok.</summary>
public sealed class DocumentAuthorizationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Create_Anonymous_Returns401()
    {
        using var http = fixture.Server.CreateHttpClient();

        using var response = await http.PostAsJsonAsync(DocumentRoutes.Documents, new CreateDocumentRequest("x"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_Anonymous_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await DocumentApi.GetStatusAsync(fixture.Server, null, DocumentRoutes.Documents));

    [Fact]
    public async Task Get_ByRole_OwnerAndMembersOnly()
    {
        var (owner, id) = await OwnedDocumentAsync();
        var reader = await SharedAsync(owner, id, canEdit: false);
        var stranger = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("stranger"));
        var path = $"{DocumentRoutes.Documents}/{id}";

        Assert.Equal(HttpStatusCode.Unauthorized, await DocumentApi.GetStatusAsync(fixture.Server, null, path));
        Assert.Equal(HttpStatusCode.NotFound, await DocumentApi.GetStatusAsync(fixture.Server, stranger, path));
        Assert.Equal(HttpStatusCode.OK, await DocumentApi.GetStatusAsync(fixture.Server, reader.Token, path));
        Assert.Equal(HttpStatusCode.OK, await DocumentApi.GetStatusAsync(fixture.Server, owner, path));
    }

    [Fact]
    public async Task Share_ByRole_OwnerOnly()
    {
        var (owner, id) = await OwnedDocumentAsync();
        var reader = await SharedAsync(owner, id, canEdit: false);
        var editor = await SharedAsync(owner, id, canEdit: true);
        var stranger = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("stranger"));
        var target = ServerFixture.UniqueUser("target");

        Assert.Equal(HttpStatusCode.Unauthorized, await DocumentApi.ShareStatusAsync(fixture.Server, null, id, target, true));
        Assert.Equal(HttpStatusCode.NotFound, await DocumentApi.ShareStatusAsync(fixture.Server, stranger, id, target, true));
        Assert.Equal(HttpStatusCode.Forbidden, await DocumentApi.ShareStatusAsync(fixture.Server, reader.Token, id, target, true));
        Assert.Equal(HttpStatusCode.Forbidden, await DocumentApi.ShareStatusAsync(fixture.Server, editor.Token, id, target, true));
        Assert.Equal(HttpStatusCode.NoContent, await DocumentApi.ShareStatusAsync(fixture.Server, owner, id, target, true));
    }

    [Fact]
    public async Task Share_MemberPromotesThemselves_Forbidden()
    {
        var (owner, id) = await OwnedDocumentAsync();
        var reader = await SharedAsync(owner, id, canEdit: false);

        Assert.Equal(HttpStatusCode.Forbidden, await DocumentApi.ShareStatusAsync(fixture.Server, reader.Token, id, reader.UserId, true));
        Assert.False((await DocumentApi.GetSummaryAsync(fixture.Server, reader.Token, id))!.CanEdit);
    }

    [Fact]
    public async Task Share_UnknownDocument_Returns404()
    {
        var owner = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("owner"));

        Assert.Equal(HttpStatusCode.NotFound, await DocumentApi.ShareStatusAsync(fixture.Server, owner, Guid.CreateVersion7().ToString("N"), "someone", true));
    }

    [Fact]
    public async Task Get_AfterShare_MemberSeesRights()
    {
        var (owner, id) = await OwnedDocumentAsync("课题");
        var reader = await SharedAsync(owner, id, canEdit: false);

        var asReader = await DocumentApi.GetSummaryAsync(fixture.Server, reader.Token, id);
        await fixture.Server.ShareAsync(owner, id, reader.UserId, canEdit: true);
        var promoted = await DocumentApi.GetSummaryAsync(fixture.Server, reader.Token, id);

        Assert.Equal("课题", asReader!.Title);
        Assert.False(asReader.CanEdit);
        Assert.True(promoted!.CanEdit);
    }

    [Fact]
    public async Task List_OwnedAndShared_OnlyThose()
    {
        var alice = ServerFixture.UniqueUser("alice");
        var aliceToken = await fixture.Server.GetTokenAsync(alice);
        var bobToken = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("bob"));
        var carolToken = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("carol"));
        var own = await fixture.Server.CreateDocumentAsync(aliceToken, "mine");
        var shared = await fixture.Server.CreateDocumentAsync(bobToken, "bob's");
        var notShared = await fixture.Server.CreateDocumentAsync(bobToken, "bob's private");
        await fixture.Server.ShareAsync(bobToken, shared, alice, canEdit: false);

        var aliceList = await DocumentApi.ListAsync(fixture.Server, aliceToken);
        var carolList = await DocumentApi.ListAsync(fixture.Server, carolToken);

        Assert.Equal([shared, own], aliceList.Select(d => d.Id));
        Assert.True(aliceList.Single(d => d.Id == own).CanEdit);
        Assert.False(aliceList.Single(d => d.Id == shared).CanEdit);
        Assert.DoesNotContain(aliceList, d => d.Id == notShared);
        Assert.Empty(carolList);
    }

    private async Task<(string Token, string Id)> OwnedDocumentAsync(string? title = null)
    {
        var owner = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("owner"));
        return (owner, await fixture.Server.CreateDocumentAsync(owner, title));
    }

    private async Task<(string UserId, string Token)> SharedAsync(string ownerToken, string documentId, bool canEdit)
    {
        var userId = ServerFixture.UniqueUser(canEdit ? "editor" : "reader");
        await fixture.Server.ShareAsync(ownerToken, documentId, userId, canEdit);
        return (userId, await fixture.Server.GetTokenAsync(userId));
    }
}
