using System.Net;
using System.Net.Http.Json;
using System.Text;
using LessonStudy.Contracts.Documents;
using LessonStudy.Server.Features.Documents;
using LessonStudy.Server.Tests.Access;

namespace LessonStudy.Server.Tests.Documents;

/// <summary>Input validation of the documents endpoints: titles, member IDs, document IDs, JSON.</summary>
public sealed class DocumentInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Create_NoTitle_DefaultTitleAndCallerOwns()
    {
        var userId = ServerFixture.UniqueUser("creator");
        var token = await fixture.Server.GetTokenAsync(userId);
        using var http = fixture.Server.CreateHttpClient(token);

        using var response = await http.PostAsync(DocumentRoutes.Documents, null);
        var created = await response.Content.ReadFromJsonAsync<CreateDocumentResponse>();
        var summary = await DocumentApi.GetSummaryAsync(fixture.Server, token, created!.Id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"{DocumentRoutes.Documents}/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(DocumentTitle.Default, summary!.Title);
        Assert.Equal(userId, summary.OwnerId);
        Assert.True(summary.CanEdit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_EmptyTitle_DefaultTitle(string? title)
    {
        var token = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("creator"));

        var id = await fixture.Server.CreateDocumentAsync(token, title);

        Assert.Equal(DocumentTitle.Default, (await DocumentApi.GetSummaryAsync(fixture.Server, token, id))!.Title);
    }

    [Fact]
    public async Task Create_TitleWithSpaces_Trimmed()
    {
        var token = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("creator"));

        var id = await fixture.Server.CreateDocumentAsync(token, "  《荷塘月色》教学设计 ");

        Assert.Equal("《荷塘月色》教学设计", (await DocumentApi.GetSummaryAsync(fixture.Server, token, id))!.Title);
    }

    [Fact]
    public async Task Create_TitleAtLimit_Accepted()
    {
        var token = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("creator"));
        var title = new string('课', DocumentTitle.MaxLength);

        var id = await fixture.Server.CreateDocumentAsync(token, title);

        Assert.Equal(title, (await DocumentApi.GetSummaryAsync(fixture.Server, token, id))!.Title);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(1_000_000)]
    public async Task Create_TitleTooLong_Returns400(int length) =>
        await ProblemAssert.BadRequestAsync(await CreateAsync(new CreateDocumentRequest(new string('x', length))), "title");

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("nul\u0000")]
    public async Task Create_TitleWithControlCharacters_Returns400(string title) =>
        await ProblemAssert.BadRequestAsync(await CreateAsync(new CreateDocumentRequest(title)), "title");

    [Fact]
    public async Task Create_TitleWithLoneSurrogate_Returns400()
    {
        var token = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("creator"));
        using var http = fixture.Server.CreateHttpClient(token);

        using var response = await http.PostAsync(DocumentRoutes.Documents, new StringContent("{\"title\": \"a\\ud800b\"}", Encoding.UTF8, "application/json"));

        await ProblemAssert.BadRequestAsync(response);
    }

    [Theory]
    [InlineData("{\"title\": ")]
    [InlineData("{\"title\": 42}")]
    [InlineData("\"just a string\"")]
    public async Task Create_MalformedJson_Returns400(string body)
    {
        var token = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("creator"));
        using var http = fixture.Server.CreateHttpClient(token);

        using var response = await http.PostAsync(DocumentRoutes.Documents, new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.BadRequestAsync(response);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("..%2F..%2Fsystem%2Fdev-signing-key.json")]
    [InlineData("%2E%2E")]
    public async Task Get_MalformedId_Returns404(string id)
    {
        var token = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("prober"));

        Assert.Equal(HttpStatusCode.NotFound, await DocumentApi.GetStatusAsync(fixture.Server, token, $"{DocumentRoutes.Documents}/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await DocumentApi.ShareStatusAsync(fixture.Server, token, id, "someone", true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("tab\there")]
    public async Task Share_InvalidUserId_Returns400(string userId) =>
        await ProblemAssert.BadRequestAsync(await ShareAsOwnerAsync(new AddMemberRequest(userId, true)), "userId");

    [Fact]
    public async Task Share_UserIdTooLong_Returns400() =>
        await ProblemAssert.BadRequestAsync(await ShareAsOwnerAsync(new AddMemberRequest(new string('u', 65), true)), "userId");

    [Fact]
    public async Task Share_OwnerAsMember_Returns400()
    {
        var ownerId = ServerFixture.UniqueUser("owner");
        var owner = await fixture.Server.GetTokenAsync(ownerId);
        var id = await fixture.Server.CreateDocumentAsync(owner);
        using var http = fixture.Server.CreateHttpClient(owner);

        using var response = await http.PostAsJsonAsync(DocumentRoutes.Members(id), new AddMemberRequest(ownerId, false));

        await ProblemAssert.BadRequestAsync(response, "userId");
        Assert.True((await DocumentApi.GetSummaryAsync(fixture.Server, owner, id))!.CanEdit);
    }

    [Theory]
    [InlineData("{\"userId\": \"x\", \"canEdit\": \"yes\"}")]
    [InlineData("{\"userId\": ")]
    [InlineData("")]
    public async Task Share_MalformedJson_Returns400(string body)
    {
        var owner = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("owner"));
        var id = await fixture.Server.CreateDocumentAsync(owner);
        using var http = fixture.Server.CreateHttpClient(owner);

        using var response = await http.PostAsync(DocumentRoutes.Members(id), new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.BadRequestAsync(response);
    }

    private async Task<HttpResponseMessage> CreateAsync(CreateDocumentRequest request)
    {
        var token = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("creator"));
        using var http = fixture.Server.CreateHttpClient(token);
        return await http.PostAsJsonAsync(DocumentRoutes.Documents, request);
    }

    private async Task<HttpResponseMessage> ShareAsOwnerAsync(AddMemberRequest request)
    {
        var owner = await fixture.Server.GetTokenAsync(ServerFixture.UniqueUser("owner"));
        var id = await fixture.Server.CreateDocumentAsync(owner);
        using var http = fixture.Server.CreateHttpClient(owner);
        return await http.PostAsJsonAsync(DocumentRoutes.Members(id), request);
    }
}
