using System.Net;
using System.Net.Http.Json;
using LessonStudy.Client;
using LessonStudy.Client.Documents;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Tests.Records;
using LessonStudy.TestKit.Server;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Analytics;

/// <summary>
/// One whole 集体备课 cycle, scripted through the real API and hub (shared by the analytics and export tests,
/// which check exact numbers against this script). A server clock the script advances makes stage times
/// exact; the steps stay within a minute of real time, so sign-in tokens stay valid either way.
/// <list type="number">
/// <item>个人初备 (10 s): the teacher writes <see cref="Goal"/>.</item>
/// <item>集体研讨 (20 s): the member writes <see cref="Activity"/>, the teacher <see cref="Skill"/>; comments — member: suggestion S1,
/// highlight H1, weakness W2 (deleted again); observer: suggestion S2; leader: weakness W1; the teacher replies to S1.</item>
/// <item>修正 (5 s): S1 adopted, S2 rejected; the teacher writes <see cref="Homework"/>; the member writes suggestion S3 (left undisposed).</item>
/// <item>跟踪 (8 s, moved on with the confirmation): the observer starts the clock, keeps two notes and the 三个一 summary;
/// the member starts the clock and keeps one note.</item>
/// <item>交流 (4 s): the teacher saves the round-1 reflection twice.</item>
/// <item>Round 2 — 修正 (3 s): the teacher deletes <see cref="Cut"/> from the member's line; 跟踪 (2 s); 交流 (1 s): reflection 2; then 定稿.</item>
/// </list>
/// The leader makes every move. The observation quota is configured to 1.
/// </summary>
public sealed class ScriptedSession : IAsyncLifetime
{
    public const string Teacher = "rs-teacher";
    public const string Member = "rs-member";
    public const string Leader = "rs-leader";
    public const string Observer = "rs-observer";
    public const string Outsider = "rs-outsider";
    public const string Admin = "rs-admin";

    public const string Goal = "理解有理数的意义。\n";
    public const string Skill = "会比较有理数的大小。\n";
    public const string Activity = "小组讨论：数轴上的点。\n";
    public const string Homework = "练习：课本第12页。\n";
    public const string Cut = "小组讨论：";
    public const string Reflection1 = "学生对数轴理解较好。";
    public const string Reflection1Final = "学生对数轴理解较好，比较大小仍需练习。";
    public const string Reflection2 = "第二轮：练习时间充足。";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Seconds spent in each stay, in order (draft … exchange of round 2).</summary>
    public static readonly IReadOnlyList<int> StageSeconds = [10, 20, 5, 8, 4, 3, 2, 1];

    private readonly Dictionary<string, string> tokens = new(StringComparer.Ordinal);

    public LoopbackServer Server { get; private set; } = null!;

    internal ManualTime Clock { get; } = new(DateTimeOffset.UtcNow);

    public DateTimeOffset Start { get; private set; }

    public string GroupId { get; private set; } = "";

    public PlanDto Plan { get; private set; } = null!;

    public string S1 { get; private set; } = "";

    public string S2 { get; private set; } = "";

    public string S3 { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Start = Clock.Now;
        Server = await LoopbackServer.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["LessonStudy:AdminUserIds:0"] = Admin,
                ["LessonStudy:ObservationQuotaPerSemester"] = "1",
            },
            configure: builder => builder.Services.AddSingleton<TimeProvider>(Clock));
        foreach (var user in new[] { Teacher, Member, Leader, Observer, Outsider, Admin })
        {
            tokens[user] = await Server.GetTokenAsync(user, $"{user}老师");
        }

        await RunAsync();
    }

    public Task DisposeAsync() => Server.DisposeAsync().AsTask();

    public HttpClient Client(string userId) => Server.CreateHttpClient(tokens[userId]);

    public async Task<T> GetAsync<T>(string userId, string path)
    {
        using var http = Client(userId);
        using var response = await http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} as {userId}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public async Task<HttpStatusCode> StatusAsync(string userId, string path)
    {
        using var http = Client(userId);
        using var response = await http.GetAsync(path);
        return response.StatusCode;
    }

    private async Task RunAsync()
    {
        GroupId = (await SendAsync<GroupDto>(Leader, HttpMethod.Post, PlanRoutes.Groups, new CreateGroupRequest("七年级数学备课组", "实验中学", "数学", "七年级"))).Id;
        await SendAsync<GroupDto>(Leader, HttpMethod.Put, PlanRoutes.GroupMember(GroupId, Teacher), new SetGroupMemberRequest("执教老师", PlanRoles.Member));
        await SendAsync<GroupDto>(Leader, HttpMethod.Put, PlanRoutes.GroupMember(GroupId, Member), new SetGroupMemberRequest("组员老师", PlanRoles.Member));
        Plan = await SendAsync<PlanDto>(Leader, HttpMethod.Post, PlanRoutes.GroupPlans(GroupId), new CreatePlanRequest("有理数", Teacher, Lesson: "第1课时"));
        await SendAsync<PlanDto>(Leader, HttpMethod.Post, PlanRoutes.Observers(Plan.Id), new InviteObserverRequest(Observer, "教研员"));
        var planId = Plan.Id;

        // 个人初备
        await InsertAfterAsync(Teacher, "## 教学目标\n", Goal);
        await MoveAsync(PlanStages.Discussion, 0);

        // 集体研讨
        await InsertAfterAsync(Member, "## 教学过程\n", Activity);
        await InsertAfterAsync(Teacher, Goal, Skill);
        S1 = await CommentAsync(Member, CommentCategories.Suggestion, "导入可以用温度计。");
        await CommentAsync(Member, CommentCategories.Highlight, "目标清楚。");
        var w2 = await CommentAsync(Member, CommentCategories.Weakness, "写错了，删掉。");
        await SendAsync<CommentDto>(Member, HttpMethod.Delete, FeedbackRoutes.Comment(planId, w2), null);
        S2 = await CommentAsync(Observer, CommentCategories.Suggestion, "增加分层练习。");
        await CommentAsync(Leader, CommentCategories.Weakness, "板书设计还空着。");
        await SendAsync<CommentDto>(Teacher, HttpMethod.Post, FeedbackRoutes.Replies(planId, S1), new CommentTextRequest("好的，我试试。"));
        await MoveAsync(PlanStages.Revision, 1);

        // 修正
        await SendAsync<CommentDto>(Teacher, HttpMethod.Put, FeedbackRoutes.Disposition(planId, S1), new DispositionRequest(CommentDispositions.Adopted));
        await SendAsync<CommentDto>(Teacher, HttpMethod.Put, FeedbackRoutes.Disposition(planId, S2), new DispositionRequest(CommentDispositions.Rejected, "课时不够。"));
        await InsertAfterAsync(Teacher, "## 作业设计\n", Homework);
        S3 = await CommentAsync(Member, CommentCategories.Suggestion, "作业可以分A、B两层。");
        await MoveAsync(PlanStages.Tracking, 2);

        // 跟踪
        await SendAsync<ObservationDto>(Observer, HttpMethod.Post, FeedbackRoutes.LessonStart(planId), null);
        await SendAsync<ObservationDto>(Observer, HttpMethod.Post, FeedbackRoutes.Notes(planId),
            new ObservationNoteRequest("导入生动。", CommentCategories.Highlight, new ObservationAnchorRequest(Section: "教学过程")));
        await SendAsync<ObservationDto>(Observer, HttpMethod.Post, FeedbackRoutes.Notes(planId), new ObservationNoteRequest("练习时间偏短。"));
        await SendAsync<ObservationDto>(Observer, HttpMethod.Put, FeedbackRoutes.Summary(planId), new ObservationSummaryRequest("情境导入好", "练习不足", "压缩讲解时间"));
        await SendAsync<ObservationDto>(Member, HttpMethod.Post, FeedbackRoutes.LessonStart(planId), null);
        await SendAsync<ObservationDto>(Member, HttpMethod.Post, FeedbackRoutes.Notes(planId), new ObservationNoteRequest("学生参与度高。"));
        await MoveAsync(PlanStages.Exchange, 3);

        // 交流
        await SendAsync<ReflectionDto>(Teacher, HttpMethod.Put, FeedbackRoutes.Reflection(planId, 1), new ReflectionRequest(Reflection1));
        await SendAsync<ReflectionDto>(Teacher, HttpMethod.Put, FeedbackRoutes.Reflection(planId, 1), new ReflectionRequest(Reflection1Final));
        await MoveAsync(PlanStages.Revision, 4);

        // Round 2
        await EditAsync(Teacher, text =>
        {
            var at = text.ToString().IndexOf(Cut, StringComparison.Ordinal);
            text.Delete(at, Cut.Length);
        });
        await MoveAsync(PlanStages.Tracking, 5);
        await MoveAsync(PlanStages.Exchange, 6);
        await SendAsync<ReflectionDto>(Teacher, HttpMethod.Put, FeedbackRoutes.Reflection(planId, 2), new ReflectionRequest(Reflection2));
        await MoveAsync(PlanStages.Final, 7);
    }

    private async Task MoveAsync(string to, int stay)
    {
        Clock.Advance(TimeSpan.FromSeconds(StageSeconds[stay]));
        Plan = await SendAsync<PlanDto>(Leader, HttpMethod.Post, PlanRoutes.Transitions(Plan.Id), new TransitionRequest(to, ConfirmUndisposed: true));
    }

    private async Task<string> CommentAsync(string userId, string category, string body) =>
        (await SendAsync<CommentDto>(userId, HttpMethod.Post, FeedbackRoutes.Comments(Plan.Id), new CreateCommentRequest(category, body))).Id;

    private Task InsertAfterAsync(string userId, string marker, string text) => EditAsync(userId, content =>
    {
        var at = content.ToString().IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{marker}' is not in the plan");
        content.Insert(at + marker.Length, text);
    });

    private async Task EditAsync(string userId, Action<LessonStudy.Crdt.Types.YText> edit)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await using var client = await CollabClient.ConnectAsync(CollabClientOptions.For(Server.BaseAddress, tokens[userId]), timeout.Token);
        var session = await client.JoinAsync(Plan.DocumentId, cancellationToken: timeout.Token);
        session.Edit(doc => edit(doc.GetText(DocumentSession.ContentRoot)));
        await session.WhenSavedAsync(timeout.Token);
    }

    private async Task<T> SendAsync<T>(string userId, HttpMethod method, string path, object? body)
    {
        using var http = Client(userId);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} as {userId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Content.Headers.ContentLength == 0 ? default! : (await response.Content.ReadFromJsonAsync<T>())!;
    }
}

[CollectionDefinition(Name)]
public sealed class ScriptedSessionCollection : ICollectionFixture<ScriptedSession>
{
    public const string Name = "Scripted lesson-study session";
}
