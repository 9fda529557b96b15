using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Rendering;
using LessonStudy.Server.Tests.Rendering.Html;
using LessonStudy.Server.Tests.Rendering.Word;

namespace LessonStudy.Server.Tests.Rendering;

public sealed class RenderingEndpointsTests(RenderingScenario scenario) : IClassFixture<RenderingScenario>
{
    private string PlanId => scenario.Plan.Id;

    [Theory]
    [InlineData("li")]
    [InlineData("lead")]
    [InlineData("admin")]
    public async Task VersionHtml_Reader_GetsTheSanitizedFragment(string userId)
    {
        using var response = await GetAsync(userId, RenderingRoutes.VersionHtml(PlanId, scenario.Discussed.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HtmlFragment.ContentSecurityPolicy, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        var document = InertHtml.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["教学目标", "教学重难点", "教学准备", "教学过程", "板书设计", "作业设计", "教学反思"], document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(["认识生字。", "体会荷叶的美。", "有感情地朗读课文。"], document.QuerySelectorAll("ol li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Render_LiveText_IsCurrentAndInert()
    {
        using var response = await GetAsync("li", RenderingRoutes.Render(PlanId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Empty(InertHtml.Problems(html));
        var text = InertHtml.Parse(html).Body!.TextContent;
        Assert.Contains("链接 危险 与 <script>alert(1)</script> 结束", text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Docx_WithNotesColumn_DownloadsAValidPlanNamedInUtf8()
    {
        using var response = await GetAsync("li", RenderingRoutes.VersionDocx(PlanId, scenario.Discussed.Id, notesColumn: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("第1轮·集体研讨稿-荷花.docx", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.OrdinalIgnoreCase);

        using var document = DocxInspection.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(DocxInspection.ValidationErrors(document));
        var header = DocxInspection.Text(document.MainDocumentPart!.HeaderParts.Single().Header!);
        Assert.Contains("实验中学", header, StringComparison.Ordinal);
        Assert.Contains("初一语文备课组", header, StringComparison.Ordinal);
        Assert.Contains("课题：荷花", header, StringComparison.Ordinal);
        Assert.Contains("执教教师：", header, StringComparison.Ordinal);
        var table = Assert.Single(DocxInspection.Body(document).Elements<Table>());
        Assert.Equal(2, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Contains("体会荷叶的美。", DocxInspection.Text(table), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_WithoutNotesColumn_HasNoLayoutTable()
    {
        using var response = await GetAsync("wang", RenderingRoutes.VersionDocx(PlanId, scenario.Draft.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("第1轮·初备稿-荷花.docx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var document = DocxInspection.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(DocxInspection.Body(document).Elements<Table>());
        Assert.Contains("导入：看图说话。", DocxInspection.Text(DocxInspection.Body(document)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_DraftToDiscussed_AttributesTheMembersEditsToThem()
    {
        var result = await GetJsonAsync<VersionCompareDto>("lead", RenderingRoutes.Compare(PlanId, scenario.Draft.Id, scenario.Discussed.Id));

        Assert.Equal((scenario.Draft.Id, scenario.Discussed.Id), (result.From.Id, result.To.Id));
        var goals = result.Sections.Single(s => s.Heading == "教学目标");
        Assert.Equal(CompareKinds.Changed, goals.Status);
        var added = goals.Lines.Single(l => l.Kind == CompareKinds.Added);
        Assert.Equal("3. 有感情地朗读课文。", added.NewText);
        Assert.Equal(["li"], added.AuthorIds);
        var changed = goals.Lines.Single(l => l.Kind == CompareKinds.Changed);
        Assert.Equal(("2. 体会荷花的美。", "2. 体会荷叶的美。"), (changed.OldText, changed.NewText));
        Assert.Equal(["li"], changed.AuthorIds);
        Assert.Equal(["wang"], changed.OriginalAuthorIds);
        Assert.Contains(new CompareSpanDto(CompareKinds.Added, "叶", "li"), changed.NewSpans!);
        Assert.Contains(result.Authors, a => a is { UserId: "li", DisplayName: "li老师" });
        Assert.All(result.Sections.Where(s => s.Heading != "教学目标"), s => Assert.Equal(CompareKinds.Unchanged, s.Status));
    }

    [Fact]
    public async Task Compare_MissingVersion_IsValidationProblemForReaders()
    {
        using var response = await GetAsync("li", $"{PlanRoutes.Plan(PlanId)}/compare?from={scenario.Draft.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Stats_DiscussedVersion_NamesTheMemberAndCounts()
    {
        var stats = await GetJsonAsync<VersionStatsDto>("wang", RenderingRoutes.VersionStats(PlanId, scenario.Discussed.Id));

        var li = Assert.Single(stats.Members);
        Assert.Equal(("li", "li老师"), (li.UserId, li.DisplayName));
        Assert.Equal(RenderingScenario.AddedGoal.Length + 1, li.Added);
        Assert.Equal(1, li.Removed);
        Assert.Equal((scenario.Draft.Id, "第1轮·集体研讨稿"), (stats.PreviousVersionId, stats.Name));
    }

    public static TheoryData<string> Routes() => new()
    {
        "html", "render", "docx", "docx-notes", "stats", "compare",
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Endpoint_SignedInOutsider_NotFound(string route)
    {
        using var response = await GetAsync("out", Route(route, PlanId, scenario.Discussed.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Endpoint_NoToken_Unauthorized(string route)
    {
        using var http = scenario.Server.Server.CreateHttpClient();
        using var response = await http.GetAsync(Route(route, PlanId, scenario.Discussed.Id));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("html", "nosuchversion")]
    [InlineData("docx", "nosuchversion")]
    [InlineData("stats", "nosuchversion")]
    [InlineData("compare", "nosuchversion")]
    [InlineData("html", "..%2F..%2Fsystem")]
    [InlineData("stats", "bad id")]
    public async Task Endpoint_UnknownOrMalformedVersion_NotFound(string route, string versionId)
    {
        using var response = await GetAsync("li", Route(route, PlanId, versionId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Endpoint_VersionOfAnotherPlan_NotFound()
    {
        var other = await scenario.Server.PlanAsync("lead", scenario.Plan.GroupId, "li", "春");

        using var response = await GetAsync("li", RenderingRoutes.VersionHtml(other.Id, scenario.Discussed.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Route(string route, string planId, string versionId) => route switch
    {
        "html" => RenderingRoutes.VersionHtml(planId, versionId),
        "render" => RenderingRoutes.Render(planId),
        "docx" => RenderingRoutes.VersionDocx(planId, versionId),
        "docx-notes" => RenderingRoutes.VersionDocx(planId, versionId, notesColumn: true),
        "stats" => RenderingRoutes.VersionStats(planId, versionId),
        _ => RenderingRoutes.Compare(planId, versionId, versionId),
    };

    private async Task<HttpResponseMessage> GetAsync(string userId, string path)
    {
        using var http = await scenario.Server.ClientAsync(userId);
        return await http.GetAsync(path);
    }

    private async Task<T> GetJsonAsync<T>(string userId, string path)
    {
        using var response = await GetAsync(userId, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
