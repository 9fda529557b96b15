using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Tests.Collaboration;
using LessonStudy.Server.Tests.Plans;

namespace LessonStudy.Server.Tests.Rendering;

/// <summary>
/// One scripted 集体备课 on the real server, shared by the endpoint tests: 王 (teacher, a 组员) fills the
/// template's 教学目标 and 教学过程 over the hub and moves to 集体研讨 (version 1); 李 (组员) adds a goal and
/// changes one character of another (version 2, at 修正); then 王 writes a line with a script and a
/// <c>javascript:</c> link into the live text. <c>lead</c> leads the group; <c>out</c> is signed in but
/// has nothing to do with the plan.
/// </summary>
public sealed class RenderingScenario : IAsyncLifetime
{
    public const string Title = "荷花";
    public const string Goals = "1. 认识生字。\n2. 体会荷花的美。\n";
    public const string Process = "导入：看图说话。\n";
    public const string AddedGoal = "3. 有感情地朗读课文。\n";
    public const string LiveLine = "链接 [危险](javascript:alert(1)) 与 <script>alert(1)</script> 结束\n";

    internal PlansServer Server { get; private set; } = null!;

    public PlanDto Plan { get; private set; } = null!;

    public VersionSummaryDto Draft { get; private set; } = null!;

    public VersionSummaryDto Discussed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PlansServer.StartAsync();
        var group = await Server.GroupAsync("lead", "wang", "li");
        Plan = await Server.PlanAsync("lead", group.Id, "wang", Title);
        var template = PlanTemplate.Markdown(Title);

        var (teacher, _) = await PlanHub.JoinAsync(Server, "wang", Plan, template);
        await using var teacherConnection = teacher;
        await InsertAfterAsync(teacher, "## 教学目标\n\n", Goals);
        await InsertAfterAsync(teacher, "## 教学过程\n\n", Process);
        await Server.MoveAsync("wang", Plan.Id, PlanStages.Discussion);

        var (member, join) = await PlanHub.JoinAsync(Server, "li", Plan, teacher[Plan.DocumentId].Text);
        await using var memberConnection = member;
        Assert.True(join.CanEdit, "a 组员 edits in 集体研讨");
        await InsertAfterAsync(member, "2. 体会荷花的美。\n", AddedGoal);
        await ReplaceAsync(member, "荷花的美", 1, "叶");
        await Server.MoveAsync("wang", Plan.Id, PlanStages.Revision);

        await Eventually.TrueAsync(() => teacher[Plan.DocumentId].Text.Contains("荷叶的美", StringComparison.Ordinal), "the teacher to see li's edits");
        await InsertAfterAsync(teacher, "## 板书设计\n\n", LiveLine);

        var versions = (await Server.SendAsync<VersionSummaryDto[]>("lead", HttpMethod.Get, VersionRoutes.Versions(Plan.Id))).Body!;
        (Draft, Discussed) = (versions[0], versions[1]);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    private async Task InsertAfterAsync(HubPeer peer, string anchor, string text)
    {
        var document = peer[Plan.DocumentId];
        var at = document.Text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{anchor}' in the plan");
        document.Edit(t => t.Insert(at + anchor.Length, text));
        await document.AcknowledgedAsync();
    }

    private async Task ReplaceAsync(HubPeer peer, string anchor, int offset, string replacement)
    {
        var document = peer[Plan.DocumentId];
        var at = document.Text.IndexOf(anchor, StringComparison.Ordinal) + offset;
        document.Edit(t =>
        {
            t.Delete(at, replacement.Length);
            t.Insert(at, replacement);
        });
        await document.AcknowledgedAsync();
    }
}
