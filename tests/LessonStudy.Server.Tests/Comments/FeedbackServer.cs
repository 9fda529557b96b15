using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using LessonStudy.Client;
using LessonStudy.Client.Documents;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Records;
using LessonStudy.TestKit.Server;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Comments;

/// <summary>
/// The whole server on loopback (one per test class) with the people of one 备课组: <see cref="Leader"/> leads it,
/// <see cref="Teacher"/> (执教教师 of every plan made here, a 组员 too) and <see cref="Member"/> belong to it,
/// <see cref="Observer"/> is invited to each plan from outside, <see cref="Outsider"/> has nothing to do with it,
/// <see cref="Admin"/> is the configured 管理员. Plans are moved on by the leader through the real transitions API.
/// </summary>
public sealed class FeedbackServer : IAsyncLifetime
{
    public const string Teacher = "fb-teacher";
    public const string Member = "fb-member";
    public const string Leader = "fb-leader";
    public const string Observer = "fb-observer";
    public const string Outsider = "fb-outsider";
    public const string Admin = "fb-admin";

    public static readonly IReadOnlyList<string> Everyone = [Teacher, Member, Leader, Observer, Outsider, Admin];

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly IReadOnlyList<string> Path = [PlanStages.Draft, PlanStages.Discussion, PlanStages.Revision, PlanStages.Tracking, PlanStages.Exchange];

    private readonly ConcurrentDictionary<string, Task<string>> tokens = new(StringComparer.Ordinal);
    private string? groupId;

    public LoopbackServer Server { get; private set; } = null!;

    public IRecordLog Records => Server.Services.GetRequiredService<IRecordLog>();

    public async Task InitializeAsync()
    {
        Server = await LoopbackServer.StartAsync(settings: new Dictionary<string, string?> { ["LessonStudy:AdminUserIds:0"] = Admin });
        var (status, group) = await SendAsync<GroupDto>(Leader, HttpMethod.Post, PlanRoutes.Groups, new CreateGroupRequest("四年级数学备课组", "实验小学", "数学", "四年级"));
        Assert.Equal(HttpStatusCode.Created, status);
        groupId = group!.Id;
        foreach (var member in new[] { Teacher, Member })
        {
            var set = await StatusAsync(Leader, HttpMethod.Put, PlanRoutes.GroupMember(groupId, member), new SetGroupMemberRequest($"{member}老师", PlanRoles.Member));
            Assert.Equal(HttpStatusCode.OK, set);
        }
    }

    public Task DisposeAsync() => Server.DisposeAsync().AsTask();

    public Task<string> TokenAsync(string userId) => tokens.GetOrAdd(userId, id => Server.GetTokenAsync(id, $"{id}老师"));

    /// <summary>A new plan (template text) with <see cref="Observer"/> invited, in 个人初备.</summary>
    public async Task<PlanDto> PlanAsync(string title = "分数的初步认识")
    {
        var (status, plan) = await SendAsync<PlanDto>(Leader, HttpMethod.Post, PlanRoutes.GroupPlans(groupId!), new CreatePlanRequest(title, Teacher));
        Assert.Equal(HttpStatusCode.Created, status);
        var invited = await StatusAsync(Leader, HttpMethod.Post, PlanRoutes.Observers(plan!.Id), new InviteObserverRequest(Observer, "教研员"));
        Assert.Equal(HttpStatusCode.OK, invited);
        return plan;
    }

    /// <summary>A new plan whose 教学目标 holds <paramref name="goal"/> (typed by the teacher in 个人初备), moved on to <paramref name="stage"/>.</summary>
    public async Task<PlanDto> PlanInAsync(string stage, string goal = "理解分数的意义，会读写简单的分数。")
    {
        var plan = await PlanAsync();
        await EditAsync(Teacher, plan.DocumentId, text =>
        {
            var at = text.ToString().IndexOf("## 教学目标\n", StringComparison.Ordinal) + "## 教学目标\n".Length;
            text.Insert(at, goal + "\n");
        });
        return await MoveToAsync(plan, stage);
    }

    /// <summary>Moves the plan on, one transition at a time, as the leader (confirming undisposed suggestions).</summary>
    public async Task<PlanDto> MoveToAsync(PlanDto plan, string stage)
    {
        var current = plan;
        if (stage == PlanStages.Final)
        {
            current = await MoveToAsync(current, PlanStages.Exchange);
            return await MoveAsync(current.Id, PlanStages.Final);
        }

        while (current.Stage != stage)
        {
            var next = current.Stage == PlanStages.Exchange ? PlanStages.Revision : Path[Path.ToList().IndexOf(current.Stage) + 1];
            current = await MoveAsync(current.Id, next);
        }

        return current;
    }

    public async Task<PlanDto> MoveAsync(string planId, string to)
    {
        var (status, moved) = await SendAsync<PlanDto>(Leader, HttpMethod.Post, PlanRoutes.Transitions(planId), new TransitionRequest(to, ConfirmUndisposed: true));
        Assert.True(status == HttpStatusCode.OK, $"moving {planId} to {to}: {(int)status}");
        return moved!;
    }

    /// <summary>Edits the plan's document as <paramref name="userId"/> with the real .NET client, durably.</summary>
    public async Task EditAsync(string userId, string documentId, Action<LessonStudy.Crdt.Types.YText> edit)
    {
        await using var client = await ConnectAsync(userId);
        using var timeout = new CancellationTokenSource(Timeout);
        var session = await client.JoinAsync(documentId, cancellationToken: timeout.Token);
        session.Edit(doc => edit(doc.GetText(DocumentSession.ContentRoot)));
        await session.WhenSavedAsync(timeout.Token);
    }

    public async Task<CollabClient> ConnectAsync(string userId)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await CollabClient.ConnectAsync(CollabClientOptions.For(Server.BaseAddress, await TokenAsync(userId)), timeout.Token);
    }

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

    /// <summary>Like <see cref="SendAsync{T}"/>, asserting the status.</summary>
    public async Task<T> ExpectAsync<T>(HttpStatusCode expected, string userId, HttpMethod method, string path, object? body = null)
    {
        var (status, result) = await SendAsync<T>(userId, method, path, body);
        Assert.True(status == expected, $"{method} {path} as {userId}: expected {(int)expected}, got {(int)status}");
        return result!;
    }

    /// <summary>The analysis events of <paramref name="kind"/> on the plan, as stored.</summary>
    public async Task<List<RecordEvent>> EventsAsync(string kind, string planId)
    {
        var found = new List<RecordEvent>();
        await foreach (var e in Records.ReadAsync(DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddHours(2), CancellationToken.None))
        {
            if (e.Kind == kind && e.PlanId == planId)
            {
                found.Add(e);
            }
        }

        return found;
    }
}
