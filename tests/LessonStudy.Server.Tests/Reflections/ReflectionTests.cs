using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Tests.Comments;
using static LessonStudy.Server.Tests.Comments.FeedbackServer;

namespace LessonStudy.Server.Tests.Reflections;

public sealed class ReflectionTests(FeedbackServer server) : IClassFixture<FeedbackServer>
{
    private static readonly string[] Stages = [PlanStages.Draft, PlanStages.Discussion, PlanStages.Revision, PlanStages.Tracking, PlanStages.Exchange, PlanStages.Final];

    [Fact]
    public async Task Put_EveryRoleInEveryStage_OnlyTheTeacherIn交流()
    {
        var plan = await server.PlanAsync();
        foreach (var stage in Stages)
        {
            plan = await server.MoveToAsync(plan, stage);
            foreach (var user in Everyone)
            {
                var status = await server.StatusAsync(user, HttpMethod.Put, FeedbackRoutes.Reflection(plan.Id, 1), new ReflectionRequest($"{user} 在 {stage} 写的反思"));
                Assert.True(CommentApi.Expected(user, user == Teacher, stage == PlanStages.Exchange, HttpStatusCode.OK) == status, $"reflect as {user} in {stage}: {(int)status}");
            }
        }
    }

    [Fact]
    public async Task Put_KeepsEveryEarlierText_ChecksTheRevision_OnlyForTheCurrentRound()
    {
        var plan = await server.PlanInAsync(PlanStages.Exchange);
        var path = FeedbackRoutes.Reflection(plan.Id, 1);
        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Member, HttpMethod.Get, path));

        var first = await server.ExpectAsync<ReflectionDto>(HttpStatusCode.OK, Teacher, HttpMethod.Put, path, new ReflectionRequest("## 成功之处\n导入自然。", ExpectedRevision: 0));
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Teacher, HttpMethod.Put, path, new ReflectionRequest("并发的另一稿", ExpectedRevision: 0)));
        var second = await server.ExpectAsync<ReflectionDto>(HttpStatusCode.OK, Teacher, HttpMethod.Put, path, new ReflectionRequest("## 成功之处\n导入自然。\n## 不足\n练习偏少。", ExpectedRevision: 1));
        Assert.Equal((1, 2), (first.Revision, second.Revision));
        Assert.Equal("## 成功之处\n导入自然。", second.History.Single().Markdown);
        Assert.Equal(HttpStatusCode.BadRequest, await server.StatusAsync(Teacher, HttpMethod.Put, path, new ReflectionRequest("  ")));

        foreach (var reader in new[] { Member, Leader, Observer, Admin })
        {
            Assert.Equal(second.Markdown, (await server.ExpectAsync<ReflectionDto>(HttpStatusCode.OK, reader, HttpMethod.Get, path)).Markdown);
        }

        Assert.Equal(HttpStatusCode.NotFound, await server.StatusAsync(Outsider, HttpMethod.Get, path));
        Assert.Equal(2, (await server.EventsAsync(RecordKinds.Reflection, plan.Id)).Count);

        // The next round: its own reflection; round 1's stays as it was.
        plan = await server.MoveToAsync(plan, PlanStages.Revision);
        plan = await server.MoveToAsync(plan, PlanStages.Exchange);
        Assert.Equal(2, plan.Round);
        Assert.Equal(HttpStatusCode.Conflict, await server.StatusAsync(Teacher, HttpMethod.Put, path, new ReflectionRequest("改第一轮")));
        await server.ExpectAsync<ReflectionDto>(HttpStatusCode.OK, Teacher, HttpMethod.Put, FeedbackRoutes.Reflection(plan.Id, 2), new ReflectionRequest("第二轮反思"));
        Assert.Equal(second.Markdown, (await server.ExpectAsync<ReflectionDto>(HttpStatusCode.OK, Member, HttpMethod.Get, path)).Markdown);
    }
}
