using System.Net;
using System.Text.Json;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Exports;
using LessonStudy.Server.Tests.Analytics;
using static LessonStudy.Server.Tests.Analytics.ScriptedSession;

namespace LessonStudy.Server.Tests.Exports;

/// <summary>
/// GET /api/plans/{id}/export and /api/groups/{id}/export on the scripted session: the zip's files, its README,
/// and every table read back from Parquet (and checked against its JSON lines) against what the script did.
/// </summary>
[Collection(ScriptedSessionCollection.Name)]
public sealed class ExportApiTests(ScriptedSession session)
{
    private async Task<DatasetArchive> DownloadAsync(string userId, string path)
    {
        using var http = session.Client(userId);
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExportRoutes.ZipContentType, response.Content.Headers.ContentType?.MediaType);
        return DatasetArchive.Open(await response.Content.ReadAsByteArrayAsync());
    }

    private Task<DatasetArchive> PlanAsync() => DownloadAsync(Teacher, ExportRoutes.Plan(session.Plan.Id));

    [Fact]
    public async Task Export_HoldsEveryTableTwiceAndAReadmeDescribingEveryColumn()
    {
        var archive = await PlanAsync();

        var expected = new[] { DatasetZip.ReadmeEntry, DatasetZip.ManifestEntry }
            .Concat(DatasetTables.All.SelectMany(t => new[] { DatasetZip.JsonLinesEntry(t.Name), DatasetZip.ParquetEntry(t.Name) }));
        Assert.Equal(expected.Order(StringComparer.Ordinal), archive.EntryNames.Order(StringComparer.Ordinal));
        var readme = archive.Readme;
        foreach (var table in DatasetTables.All)
        {
            Assert.Contains($"\n## {table.Name}\n", readme, StringComparison.Ordinal);
            foreach (var column in table.Columns)
            {
                Assert.Contains($"| `{column.Name}` | {column.TypeName} |", readme, StringComparison.Ordinal);
            }
        }

        using var manifest = archive.Manifest;
        Assert.Equal(DatasetTables.All.Select(t => t.Name), manifest.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("plan", manifest.RootElement.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Export_PlansAndTransitions()
    {
        var archive = await PlanAsync();

        var plan = Assert.Single(await archive.TableAsync("plans"));
        Assert.Equal(
            (session.Plan.Id, session.GroupId, "七年级数学备课组", "有理数", "第1课时", Teacher, "final", 2, 8, 8, Observer),
            ((string?)plan["plan_id"], (string?)plan["group_id"], (string?)plan["group_name"], (string?)plan["title"], (string?)plan["lesson"],
                (string?)plan["teacher_id"], (string?)plan["stage"], (int?)plan["round"], (int?)plan["versions"], (int?)plan["transitions"], (string?)plan["observer_ids"]));

        var transitions = await archive.TableAsync("transitions");
        Assert.Equal(
            ["draft>discussion", "discussion>revision", "revision>tracking", "tracking>exchange", "exchange>revision", "revision>tracking", "tracking>exchange", "exchange>final"],
            transitions.Select(t => $"{t["from_stage"]}>{t["to_stage"]}"));
        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2], transitions.Select(t => (int)t["round"]!));
        Assert.Equal(StageSeconds.Select(s => (double)s), transitions.Select(t => Math.Round((double)t["seconds_in_stage"]!, 3)));
        Assert.Equal([false, false, true, false, false, true, false, false], transitions.Select(t => (bool)t["confirmed_undisposed"]!));
        Assert.Equal([0, 0, 1, 0, 0, 1, 0, 0], transitions.Select(t => (int)t["undisposed_suggestions"]!));
        Assert.All(transitions, t => Assert.Equal(Leader, t["by_user_id"]));
        Assert.Equal(session.Start.UtcDateTime.AddSeconds(StageSeconds.Sum()), ((DateTime)transitions[^1]["at"]!).ToUniversalTime(), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Export_VersionsWithStatsAndMarkdown()
    {
        var archive = await PlanAsync();

        var versions = await archive.TableAsync("versions");
        Assert.Equal(
            ["第1轮·初备稿", "第1轮·集体研讨稿", "第1轮·授课版", "第1轮·听课后", "第1轮·交流稿", "第2轮·授课版", "第2轮·听课后", "定稿"],
            versions.Select(v => (string)v["name"]!));
        Assert.Equal(
            [Goal.Length, Activity.Length + Skill.Length, Homework.Length, 0, 0, 0, 0, 0],
            versions.Select(v => (int)v["characters_added"]!));
        Assert.Equal([0, 0, 0, 0, 0, Cut.Length, 0, 0], versions.Select(v => (int)v["characters_removed"]!));
        var final = (string)versions[^1]["markdown"]!;
        Assert.Contains(Goal + Skill, final, StringComparison.Ordinal);
        Assert.Contains(Activity[Cut.Length..], final, StringComparison.Ordinal);
        Assert.DoesNotContain(Cut, final, StringComparison.Ordinal);
        Assert.Equal(final.Length, (int)versions[^1]["characters"]!);
        Assert.Equal(2, (int)versions[^1]["authors"]!);
        Assert.Equal(versions.Take(7).Select(v => v["version_id"]), versions.Skip(1).Select(v => v["previous_version_id"]));

        var changes = await archive.TableAsync("version_changes");
        var finalId = (string)versions[^1]["version_id"]!;
        var authored = changes.Where(c => (string)c["version_id"]! == finalId).ToDictionary(c => (string)c["user_id"]!, c => (int)c["characters_authored"]!);
        Assert.Equal(Goal.Length + Skill.Length + Homework.Length, authored[Teacher]);
        Assert.Equal(Activity.Length - Cut.Length, authored[Member]);
        Assert.Equal(final.Length, authored.Values.Sum());
    }

    [Fact]
    public async Task Export_CommentsRepliesAndDispositions()
    {
        var archive = await PlanAsync();

        var comments = await archive.TableAsync("comments");
        Assert.Equal(7, comments.Count);
        var rows = comments.ToLookup(c => (string)c["comment_id"]!);
        var s1 = rows[session.S1].ToList();
        Assert.Equal(["comment", "reply"], s1.Select(r => (string)r["kind"]!));
        Assert.Equal(("adopted", 1, Teacher), ((string?)s1[0]["disposition"], (int?)s1[0]["dispositions"], (string?)s1[1]["author_id"]));
        Assert.Null(s1[1]["disposition"]);
        var s2 = Assert.Single(rows[session.S2]);
        Assert.Equal(("rejected", "课时不够。", Observer, "suggestion"), ((string?)s2["disposition"], (string?)s2["disposition_reason"], (string?)s2["author_id"], (string?)s2["category"]));
        var s3 = Assert.Single(rows[session.S3]);
        Assert.Equal(("revision", (string?)null), ((string?)s3["stage"], (string?)s3["disposition"]));
        var deleted = Assert.Single(comments, c => (bool)c["deleted"]!);
        Assert.Equal(("weakness", Member), ((string?)deleted["category"], (string?)deleted["author_id"]));
        Assert.Equal([1, 1, 3], new[] { "highlight", "weakness", "suggestion" }.Select(k => comments.Count(c => (string)c["kind"]! == "comment" && !(bool)c["deleted"]! && (string)c["category"]! == k)));

        var dispositions = await archive.TableAsync("dispositions");
        Assert.Equal([(session.S1, "adopted"), (session.S2, "rejected")], dispositions.Select(d => ((string)d["comment_id"]!, (string)d["disposition"]!)));
        Assert.All(dispositions, d => Assert.Equal((Teacher, 1), ((string?)d["by_user_id"], (int?)d["round"])));
    }

    [Fact]
    public async Task Export_ObservationsReflectionsAndParticipation()
    {
        var archive = await PlanAsync();

        var observations = await archive.TableAsync("observations");
        Assert.Equal(
            [(Observer, "note", "导入生动。"), (Observer, "note", "练习时间偏短。"), (Observer, "summary", null), (Member, "note", "学生参与度高。")],
            observations.OrderBy(o => o["observer_id"] as string == Member).Select(o => ((string)o["observer_id"]!, (string)o["kind"]!, (string?)o["text"])));
        var first = observations.Single(o => (string?)o["text"] == "导入生动。");
        Assert.Equal(("highlight", "教学过程", 1), ((string?)first["category"], (string?)first["section"], (int?)first["round"]));
        var summary = observations.Single(o => (string)o["kind"]! == "summary");
        Assert.Equal(("情境导入好", "练习不足", "压缩讲解时间"), ((string?)summary["highlight"], (string?)summary["weakness"], (string?)summary["suggestion"]));

        var reflections = await archive.TableAsync("reflections");
        Assert.Equal([(1, 2, Reflection1Final), (2, 1, Reflection2)], reflections.Select(r => ((int)r["round"]!, (int)r["revision"]!, (string)r["markdown"]!)));

        var participation = (await archive.TableAsync("participation")).ToDictionary(p => (string)p["user_id"]!);
        Assert.Equal([Teacher, Leader, Member, Observer], participation.Keys);
        Assert.Equal((4, Goal.Length + Skill.Length + Homework.Length, Cut.Length, 1, 2), ((int?)participation[Teacher]["versions_contributed"], (int?)participation[Teacher]["characters_added"], (int?)participation[Teacher]["characters_removed"], (int?)participation[Teacher]["replies"], (int?)participation[Teacher]["reflections"]));
        Assert.Equal(("teacher member", 0), ((string?)participation[Teacher]["roles"], (int?)participation[Teacher]["comments"]));
        Assert.Equal((3, 1, 2, 1), ((int?)participation[Member]["comments"], (int?)participation[Member]["comments_highlight"], (int?)participation[Member]["comments_suggestion"], (int?)participation[Member]["observations"]));
        Assert.Equal((2, 1, 1), ((int?)participation[Observer]["observation_notes"], (int?)participation[Observer]["observation_summaries"], (int?)participation[Observer]["comments_suggestion"]));
        Assert.Equal(8, (int?)participation[Leader]["transitions"]);
    }

    [Fact]
    public async Task Export_EventsOfThePlan()
    {
        var archive = await PlanAsync();

        var events = await archive.TableAsync("events");
        var kinds = events.GroupBy(e => (string)e["kind"]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["plan.created"] = 1, ["plan.observer_invited"] = 1, ["plan.transition"] = 8, ["version.frozen"] = 8,
                ["comment.created"] = 6, ["comment.replied"] = 1, ["comment.deleted"] = 1, ["comment.disposition"] = 2,
                ["observation.note"] = 5, ["observation.summary"] = 1, ["reflection.saved"] = 3,
            },
            kinds);
        Assert.All(events, e => Assert.Equal(session.Plan.Id, e["plan_id"]));
        Assert.Equal(events.Select(e => (DateTime)e["at"]!).Order(), events.Select(e => (DateTime)e["at"]!));
        var adopted = events.Single(e => (string)e["kind"]! == "comment.disposition" && ((string)e["data_json"]!).Contains("adopted", StringComparison.Ordinal));
        using var data = JsonDocument.Parse((string)adopted["data_json"]!);
        Assert.Equal(session.S1, data.RootElement.GetProperty("commentId").GetString());
    }

    [Fact]
    public async Task Export_Group_HoldsItsPlansAndItsGroupEvents()
    {
        var archive = await DownloadAsync(Leader, ExportRoutes.Group(session.GroupId));

        Assert.Equal([session.Plan.Id], (await archive.TableAsync("plans")).Select(p => p["plan_id"]));
        var events = await archive.TableAsync("events");
        Assert.Equal(1, events.Count(e => (string)e["kind"]! == "group.created"));
        Assert.Equal(2, events.Count(e => (string)e["kind"]! == "group.member_set"));
        Assert.Equal(7, (await archive.TableAsync("comments")).Count);
        using var manifest = archive.Manifest;
        Assert.Equal("group", manifest.RootElement.GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData(Teacher, HttpStatusCode.OK)]
    [InlineData(Leader, HttpStatusCode.OK)]
    [InlineData(Admin, HttpStatusCode.OK)]
    [InlineData(Member, HttpStatusCode.Forbidden)]
    [InlineData(Observer, HttpStatusCode.Forbidden)]
    [InlineData(Outsider, HttpStatusCode.NotFound)]
    public async Task Export_Plan_TeacherLeadersAndAdminsOnly(string userId, HttpStatusCode expected)
    {
        Assert.Equal(expected, await session.StatusAsync(userId, ExportRoutes.Plan(session.Plan.Id)));
    }

    [Theory]
    [InlineData(Leader, HttpStatusCode.OK)]
    [InlineData(Admin, HttpStatusCode.OK)]
    [InlineData(Teacher, HttpStatusCode.Forbidden)]
    [InlineData(Member, HttpStatusCode.Forbidden)]
    [InlineData(Observer, HttpStatusCode.NotFound)]
    [InlineData(Outsider, HttpStatusCode.NotFound)]
    public async Task Export_Group_LeadersAndAdminsOnly(string userId, HttpStatusCode expected)
    {
        Assert.Equal(expected, await session.StatusAsync(userId, ExportRoutes.Group(session.GroupId)));
    }

    [Fact]
    public async Task Export_WithoutToken_Unauthorized()
    {
        using var http = session.Server.CreateHttpClient();
        using var response = await http.GetAsync(ExportRoutes.Plan(session.Plan.Id));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
