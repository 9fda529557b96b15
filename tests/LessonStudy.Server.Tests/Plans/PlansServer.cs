using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;
using LessonStudy.TestKit.Server;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Plans;

/// <summary>
/// The whole server on loopback with a school's people: <c>admin</c> is configured as 管理员; everyone else is
/// who the test makes them. Calls the API as any user and returns statuses and bodies.
/// </summary>
internal sealed class PlansServer : IAsyncDisposable
{
    public const string Admin = "admin";

    private readonly ConcurrentDictionary<string, Task<string>> tokens = new(StringComparer.Ordinal);

    private PlansServer(LoopbackServer server, CountedSuggestions suggestions)
    {
        Server = server;
        Suggestions = suggestions;
    }

    public LoopbackServer Server { get; }

    public CountedSuggestions Suggestions { get; }

    public IPlanStore Store => Server.Services.GetRequiredService<IPlanStore>();

    public IRecordLog Records => Server.Services.GetRequiredService<IRecordLog>();

    public static async Task<PlansServer> StartAsync(string? dataPath = null)
    {
        var suggestions = new CountedSuggestions();
        var server = await LoopbackServer.StartAsync(
            dataPath,
            new Dictionary<string, string?> { ["LessonStudy:AdminUserIds:0"] = Admin },
            builder =>
            {
                builder.Services.AddSingleton<IRecordLog>(sp => new MemoryRecordLog(sp.GetRequiredService<TimeProvider>()));
                builder.Services.AddSingleton<IUndisposedSuggestions>(suggestions);
            });
        return new PlansServer(server, suggestions);
    }

    public Task<string> TokenAsync(string userId) => tokens.GetOrAdd(userId, id => Server.GetTokenAsync(id, $"{id}老师"));

    public async Task<HttpClient> ClientAsync(string userId) => Server.CreateHttpClient(await TokenAsync(userId));

    public async Task<(HttpStatusCode Status, T? Body)> SendAsync<T>(string userId, HttpMethod method, string path, object? body = null)
    {
        using var http = await ClientAsync(userId);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
        using var response = await http.SendAsync(request);
        return (response.StatusCode, response.IsSuccessStatusCode && response.Content.Headers.ContentLength != 0
            ? await response.Content.ReadFromJsonAsync<T>()
            : default);
    }

    public async Task<HttpStatusCode> StatusAsync(string userId, HttpMethod method, string path, object? body = null)
    {
        using var http = await ClientAsync(userId);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A group led by <paramref name="leader"/> with <paramref name="members"/> as 组员.</summary>
    public async Task<GroupDto> GroupAsync(string leader, params string[] members)
    {
        var (status, group) = await SendAsync<GroupDto>(leader, HttpMethod.Post, PlanRoutes.Groups, new CreateGroupRequest("初一语文备课组", "实验中学", "语文", "七年级"));
        Assert.Equal(HttpStatusCode.Created, status);
        foreach (var member in members)
        {
            await SetMemberAsync(leader, group!.Id, member, PlanRoles.Member);
        }

        return (await SendAsync<GroupDto>(leader, HttpMethod.Get, PlanRoutes.Group(group!.Id))).Body!;
    }

    public async Task SetMemberAsync(string leader, string groupId, string userId, string role)
    {
        var status = await StatusAsync(leader, HttpMethod.Put, PlanRoutes.GroupMember(groupId, userId), new SetGroupMemberRequest($"{userId}老师", role));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    public async Task<PlanDto> PlanAsync(string creator, string groupId, string teacherId, string title = "春", string? copyFrom = null)
    {
        var (status, plan) = await SendAsync<PlanDto>(creator, HttpMethod.Post, PlanRoutes.GroupPlans(groupId), new CreatePlanRequest(title, teacherId, CopyFromPlanId: copyFrom));
        Assert.Equal(HttpStatusCode.Created, status);
        return plan!;
    }

    public async Task<PlanDto> GetPlanAsync(string userId, string planId)
    {
        var (status, plan) = await SendAsync<PlanDto>(userId, HttpMethod.Get, PlanRoutes.Plan(planId));
        Assert.Equal(HttpStatusCode.OK, status);
        return plan!;
    }

    public async Task<PlanDto> MoveAsync(string userId, string planId, string to, bool confirm = false)
    {
        var (status, plan) = await SendAsync<PlanDto>(userId, HttpMethod.Post, PlanRoutes.Transitions(planId), new TransitionRequest(to, confirm));
        Assert.True(status == HttpStatusCode.OK, $"moving {planId} to {to} as {userId}: {(int)status}");
        return plan!;
    }

    /// <summary>Moves a plan in 个人初备 through one round to 定稿 (the leader decides at 交流).</summary>
    public async Task<PlanDto> FinalizeAsync(string leader, string planId)
    {
        foreach (var stage in new[] { PlanStages.Discussion, PlanStages.Revision, PlanStages.Tracking, PlanStages.Exchange, PlanStages.Final })
        {
            await MoveAsync(leader, planId, stage);
        }

        return await GetPlanAsync(leader, planId);
    }

    public async Task<List<RecordEvent>> EventsAsync(string kind, string? planId = null)
    {
        var all = new List<RecordEvent>();
        await foreach (var e in Records.ReadAsync(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None))
        {
            if (e.Kind == kind && (planId is null || e.PlanId == planId))
            {
                all.Add(e);
            }
        }

        return all;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
