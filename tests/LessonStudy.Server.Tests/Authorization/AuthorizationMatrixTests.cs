using System.Net;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Crdt;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Tests.Collaboration;
using LessonStudy.Server.Tests.Plans;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Authorization;

/// <summary>
/// Every cell of <see cref="AuthorizationMatrix"/> against the real server: the API for reads, invitations,
/// versions and transitions; a real hub connection for edits. Every mismatch is collected with the cell's
/// name and reported together, so one run shows the whole picture.
/// </summary>
public class AuthorizationMatrixTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Users = new()
    {
        ["teacher"] = "teach",
        ["member"] = "mem",
        ["leader"] = "lead",
        ["observer"] = "obs",
        ["admin"] = PlansServer.Admin,
        ["stranger"] = "stranger",
    };

    private static ulong nextClientId = 70_000;

    private PlansServer server = null!;
    private GroupDto group = null!;

    public async Task InitializeAsync()
    {
        server = await PlansServer.StartAsync();
        group = await server.GroupAsync("lead", "teach", "mem");
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task EveryRole_EveryStage_EveryAction_AnswersAsTheTableSays()
    {
        var failures = new List<string>();
        foreach (var stage in PlanStages.All)
        {
            var plan = await PlanInStageAsync(stage);
            foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Stage == stage))
            {
                await CheckRowAsync(row, plan, failures);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} cell(s) differ:\n{string.Join('\n', failures)}");
        Assert.Equal(PlanStages.All.Count * AuthorizationMatrix.Roles.Length, AuthorizationMatrix.Rows.Count);
    }

    private async Task CheckRowAsync(AuthorizationMatrix.Row row, PlanDto plan, List<string> failures)
    {
        var user = Users[row.Role];
        void Expect(string action, int expected, HttpStatusCode actual)
        {
            if ((int)actual != expected)
            {
                failures.Add($"[{row.Stage} × {row.Role} × {action}] expected {expected}, got {(int)actual}");
            }
        }

        Expect("read plan", row.Read, await server.StatusAsync(user, HttpMethod.Get, PlanRoutes.Plan(plan.Id)));
        Expect("invite observer", row.Invite, await server.StatusAsync(user, HttpMethod.Post, PlanRoutes.Observers(plan.Id), new InviteObserverRequest($"guest-{row.Role}", "来宾")));
        Expect("save version", row.Save, await server.StatusAsync(user, HttpMethod.Post, VersionRoutes.Versions(plan.Id), new SaveVersionRequest($"{row.Role}的版本")));
        await CheckHubAsync(row, user, plan, failures);
        foreach (var (to, expected) in row.Moves)
        {
            // A move that should land gets a plan of its own, so the shared plan stays in its stage.
            var target = expected == 200 ? await PlanInStageAsync(row.Stage) : plan;
            Expect($"move to {to}", expected, await server.StatusAsync(user, HttpMethod.Post, PlanRoutes.Transitions(target.Id), new TransitionRequest(to, ConfirmUndisposed: false)));
            if (expected == 200 && (await server.GetPlanAsync("lead", target.Id)).Stage != to)
            {
                failures.Add($"[{row.Stage} × {row.Role} × move to {to}] answered 200 but the plan is not in {to}");
            }
        }
    }

    private async Task CheckHubAsync(AuthorizationMatrix.Row row, string user, PlanDto plan, List<string> failures)
    {
        var cell = $"[{row.Stage} × {row.Role} × edit via hub]";
        await using var peer = await HubPeer.ConnectAsync(server.Server, await server.TokenAsync(user));
        var clientId = Interlocked.Increment(ref nextClientId);
        try
        {
            var join = await peer.JoinAsync(plan.DocumentId, clientId);
            if (row.Hub == "none")
            {
                failures.Add($"{cell} expected the join refused, but it joined (canEdit {join.CanEdit})");
                return;
            }

            if (join.CanEdit != (row.Hub == "edit") || join.Stage != row.Stage)
            {
                failures.Add($"{cell} joined with stage {join.Stage}, canEdit {join.CanEdit}; expected {row.Stage}, {row.Hub}");
            }
        }
        catch (HubException) when (row.Hub == "none")
        {
            return;
        }

        var content = server.Server.Services.GetRequiredService<IDocumentContent>();
        var before = (await content.ReadAsync(plan.DocumentId, CancellationToken.None)).Markdown;
        var marker = $"〔{row.Role}@{row.Stage}〕";
        var edit = new Doc(new DocOptions { ClientId = clientId });
        edit.GetText("content").Insert(0, marker);
        try
        {
            await peer.SendAsync(plan.DocumentId, PeerDocument.FrameUpdate(edit.EncodeStateAsUpdate()));
            if (row.Hub != "edit")
            {
                failures.Add($"{cell} expected the update rejected, but it was accepted");
            }
        }
        catch (HubException e) when (row.Hub != "edit")
        {
            if (!e.Message.Contains("may not edit", StringComparison.Ordinal))
            {
                failures.Add($"{cell} rejected, but not for rights: {e.Message}");
            }
        }
        catch (HubException e)
        {
            failures.Add($"{cell} expected the update applied, but it was rejected: {e.Message}");
        }

        var after = (await content.ReadAsync(plan.DocumentId, CancellationToken.None)).Markdown;
        // An applied edit adds the marker (where, among concurrent inserts at 0, the CRDT decides) and nothing else.
        var applied = after.Contains(marker, StringComparison.Ordinal) && after.Replace(marker, "", StringComparison.Ordinal) == before;
        if (row.Hub == "edit" ? !applied : after != before)
        {
            failures.Add($"{cell} the document is \"{after}\", was \"{before}\"");
        }
    }

    /// <summary>A fresh plan taught by the teacher, with the observer invited, moved by the leader to <paramref name="stage"/>.</summary>
    private async Task<PlanDto> PlanInStageAsync(string stage)
    {
        var plan = await server.PlanAsync("lead", group.Id, "teach", "背影");
        Assert.Equal(HttpStatusCode.OK, await server.StatusAsync("teach", HttpMethod.Post, PlanRoutes.Observers(plan.Id), new InviteObserverRequest("obs", "观课老师")));
        foreach (var next in PlanStages.All.Skip(1).TakeWhile((_, i) => PlanStages.All[i] != stage))
        {
            plan = await server.MoveAsync("lead", plan.Id, next);
        }

        Assert.Equal(stage, plan.Stage);
        return plan;
    }
}
