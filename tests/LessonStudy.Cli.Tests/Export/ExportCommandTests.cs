using System.Net.Http.Json;
using System.Text.Json;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.TestKit.Server;
using Parquet;

namespace LessonStudy.Cli.Tests.Export;

/// <summary>
/// <c>lessonstudy export</c> as its own process against the real server on loopback: a group with a plan
/// and a comment, downloaded and unpacked, then read back from the files alone.
/// </summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private const string Leader = "cli-leader";
    private const string Teacher = "cli-teacher";
    private const string Outsider = "cli-outsider";

    private static readonly string[] Tables =
        ["plans", "transitions", "versions", "version_changes", "comments", "dispositions", "observations", "reflections", "participation", "events"];

    private readonly string output = Directory.CreateTempSubdirectory("lessonstudy-export-cli-").FullName;
    private LoopbackServer server = null!;
    private string leaderToken = "";
    private string groupId = "";
    private string planId = "";

    public async Task InitializeAsync()
    {
        server = await LoopbackServer.StartAsync();
        leaderToken = await server.GetTokenAsync(Leader);
        using var http = server.CreateHttpClient(leaderToken);
        groupId = (await PostAsync<GroupDto>(http, PlanRoutes.Groups, new CreateGroupRequest("三年级语文备课组", "实验小学", "语文", "三年级"))).Id;
        using (var member = await http.PutAsJsonAsync(PlanRoutes.GroupMember(groupId, Teacher), new SetGroupMemberRequest("执教老师", PlanRoles.Member)))
        {
            member.EnsureSuccessStatusCode();
        }

        planId = (await PostAsync<PlanDto>(http, PlanRoutes.GroupPlans(groupId), new CreatePlanRequest("荷花", Teacher))).Id;
        await PostAsync<PlanDto>(http, PlanRoutes.Transitions(planId), new TransitionRequest(PlanStages.Discussion));
        await PostAsync<CommentDto>(http, FeedbackRoutes.Comments(planId), new CreateCommentRequest(CommentCategories.Highlight, "朗读指导到位。"));
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public async Task Export_Plan_UnpacksEveryTableAsJsonLinesAndParquetWithTheReadme()
    {
        var result = CliProcess.Run("export", "--url", server.BaseAddress.ToString(), "--token", leaderToken, "--plan", planId, "-o", output);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"plan {planId}: {2 + (2 * Tables.Length)} files", result.Stdout, StringComparison.Ordinal);
        var readme = await File.ReadAllTextAsync(Path.Combine(output, "README.md"));
        foreach (var table in Tables)
        {
            Assert.Contains($"\n## {table}\n", readme, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(output, "jsonl", table + ".jsonl")), table);
            Assert.True(File.Exists(Path.Combine(output, "parquet", table + ".parquet")), table);
        }

        var plans = await File.ReadAllLinesAsync(Path.Combine(output, "jsonl", "plans.jsonl"));
        using var plan = JsonDocument.Parse(Assert.Single(plans));
        Assert.Equal(("荷花", "discussion"), (plan.RootElement.GetProperty("title").GetString(), plan.RootElement.GetProperty("stage").GetString()));

        await using var parquet = File.OpenRead(Path.Combine(output, "parquet", "comments.parquet"));
        await using var reader = await ParquetReader.CreateAsync(parquet);
        var group = reader.OpenRowGroupReader(0);
        var body = reader.Schema.GetDataFields().Single(f => f.Name == "body");
        var bodies = new string?[group.RowCount];
        await group.ReadAsync(body, bodies.AsMemory()!);
        Assert.Equal("朗读指导到位。", Assert.Single(bodies));
    }

    [Fact]
    public void Export_Group_UnpacksTheGroupsDataset()
    {
        var result = CliProcess.Run("export", "--url", server.BaseAddress.ToString(), "--token", leaderToken, "--group", groupId, "-o", output);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        Assert.Equal(("group", groupId), (manifest.RootElement.GetProperty("scope").GetString(), manifest.RootElement.GetProperty("scopeId").GetString()));
    }

    [Fact]
    public async Task Export_CallerWhoCannotSeeThePlan_OneLineOnStderrAndNothingWritten()
    {
        var token = await server.GetTokenAsync(Outsider);

        var result = CliProcess.Run("export", "--url", server.BaseAddress.ToString(), "--token", token, "--plan", planId, "-o", output);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Contains("404", line, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    [Theory]
    [InlineData("--plan", "--group")]
    [InlineData(null, null)]
    public void Export_NotExactlyOneOfGroupAndPlan_IsAUsageError(string? first, string? second)
    {
        var args = new List<string> { "export", "--url", server.BaseAddress.ToString(), "--token", "t", "-o", output };
        foreach (var option in new[] { first, second }.OfType<string>())
        {
            args.AddRange([option, planId]);
        }

        var result = CliProcess.Run([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("exactly one of --group and --plan", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ServerNotThere_OneLineOnStderr()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = CliProcess.Run("export", "--url", $"http://127.0.0.1:{port}/", "--token", "t", "--plan", planId, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("lessonstudy: cannot reach", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    private static async Task<T> PostAsync<T>(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsync(path, JsonContent.Create(body, body.GetType()));
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
