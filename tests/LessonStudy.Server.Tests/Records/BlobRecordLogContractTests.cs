using System.Text;
using System.Text.Json;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Tests.Persistence.Log;
using Microsoft.Extensions.Logging;

namespace LessonStudy.Server.Tests.Records;

/// <summary>
/// The event stream on a blob store: layout, round trip, ordering and concurrency here; rollover, retries
/// and damage in the partial file beside it. Each store's class says how to make a fresh, empty store.
/// </summary>
public abstract partial class BlobRecordLogContractTests : IAsyncLifetime, IDisposable
{
    protected const string Node = "node-a";

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    protected static readonly DateTimeOffset Start = new(2026, 11, 23, 3, 15, 0, TimeSpan.Zero);

    protected IBlobStore Store { get; private set; } = null!;

    internal ManualTime Time { get; } = new(Start);

    internal RecordingLoggerFactory Logs { get; } = new();

    protected CancellationToken Timeout => timeout.Token;

    protected abstract Task<IBlobStore> CreateEmptyStoreAsync();

    protected abstract Task DeleteStoreAsync();

    public async Task InitializeAsync() => Store = await CreateEmptyStoreAsync();

    public Task DisposeAsync() => DeleteStoreAsync();

    public void Dispose()
    {
        timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    internal BlobRecordLog Open(IBlobStore? store = null, RecordLogOptions? options = null, string node = Node) =>
        new(store ?? Store, node, options ?? new RecordLogOptions { RetryDelay = TimeSpan.Zero }, Time, Logs.CreateLogger<BlobRecordLog>());

    protected static RecordEvent Event(IRecordLog log, string kind = RecordKinds.CommentCreated, object? data = null) =>
        log.Create(kind, "teacher-1", "group-1", "plan-1", 1, "discussion", data ?? new { commentId = "c1", category = "建议" });

    protected async Task<List<RecordEvent>> ReadAllAsync(IRecordLog log, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var events = new List<RecordEvent>();
        await foreach (var recordEvent in log.ReadAsync(from ?? Start.AddDays(-1), to ?? Start.AddDays(3), Timeout))
        {
            events.Add(recordEvent);
        }

        return events;
    }

    protected async Task<List<BlobEntry>> BlobsAsync(string prefix = "events/")
    {
        var blobs = new List<BlobEntry>();
        await foreach (var entry in Store.ListAsync(prefix, Timeout))
        {
            blobs.Add(entry);
        }

        return blobs;
    }

    protected async Task<string[]> LinesAsync(string blob)
    {
        var content = await Store.ReadAsync(blob, Timeout);
        Assert.NotNull(content);
        var text = Encoding.UTF8.GetString(content.Data);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text[..^1].Split('\n');
    }

    [Fact]
    public async Task Append_WritesOneJsonLineInTheNodesHourlyBlob()
    {
        var log = Open();
        var recordEvent = Event(log);

        await log.AppendAsync(recordEvent, Timeout);

        var blob = Assert.Single(await BlobsAsync());
        Assert.Equal("events/2026/11/23/node-a-03.jsonl", blob.Name);
        var line = Assert.Single(await LinesAsync(blob.Name));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(recordEvent.Id, root.GetProperty("id").GetString());
        Assert.Equal("comment.created", root.GetProperty("kind").GetString());
        Assert.Equal(Start, root.GetProperty("at").GetDateTimeOffset());
        Assert.Equal("teacher-1", root.GetProperty("userId").GetString());
        Assert.Equal("group-1", root.GetProperty("groupId").GetString());
        Assert.Equal("plan-1", root.GetProperty("planId").GetString());
        Assert.Equal(1, root.GetProperty("round").GetInt32());
        Assert.Equal("discussion", root.GetProperty("stage").GetString());
        Assert.Equal("建议", root.GetProperty("data").GetProperty("category").GetString());
    }

    [Fact]
    public void Create_GivesFreshIdsAndTheCurrentTime()
    {
        var log = Open();

        var first = Event(log);
        Time.Now = Start.AddMinutes(1);
        var second = Event(log);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(32, first.Id.Length);
        Assert.Equal(Start, first.At);
        Assert.Equal(Start.AddMinutes(1), second.At);
        Assert.Equal(RecordEvent.CurrentSchemaVersion, first.SchemaVersion);
    }

    [Fact]
    public async Task Read_ReturnsEveryFieldAndKeepsUnknownDataFields()
    {
        var log = Open();
        var recordEvent = Event(log, RecordKinds.Reflection, new { round = 2, text = "反思", future = new { nested = new[] { 1, 2 } } });
        await log.AppendAsync(recordEvent, Timeout);

        var read = Assert.Single(await ReadAllAsync(Open()));

        Assert.Equal(recordEvent with { Data = default }, read with { Data = default });
        Assert.Equal(2, read.Data.GetProperty("round").GetInt32());
        Assert.Equal("反思", read.Data.GetProperty("text").GetString());
        Assert.Equal([1, 2], read.Data.GetProperty("future").GetProperty("nested").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Read_AcrossHoursDaysAndNodes_InTimeOrderWithinTheRange()
    {
        var a = Open();
        var b = Open(node: "node-b");
        var times = new[] { Start.AddHours(22), Start, Start.AddMinutes(30), Start.AddHours(1), Start.AddDays(1).AddMinutes(5) };
        var appended = new List<RecordEvent>();
        for (var i = 0; i < times.Length; i++)
        {
            Time.Now = times[i];
            var log = i % 2 == 0 ? a : b;
            var recordEvent = Event(log);
            appended.Add(recordEvent);
            await log.AppendAsync(recordEvent, Timeout);
        }

        var all = await ReadAllAsync(Open());
        var window = await ReadAllAsync(Open(), Start.AddMinutes(30), Start.AddHours(22));

        Assert.Equal(appended.OrderBy(e => e.At).Select(e => e.Id), all.Select(e => e.Id));
        Assert.Equal(
            appended.Where(e => e.At >= Start.AddMinutes(30) && e.At <= Start.AddHours(22)).OrderBy(e => e.At).Select(e => e.Id),
            window.Select(e => e.Id));
        Assert.Equal(
            [
                "events/2026/11/23/node-a-03.jsonl", "events/2026/11/23/node-b-03.jsonl", "events/2026/11/23/node-b-04.jsonl",
                "events/2026/11/24/node-a-01.jsonl", "events/2026/11/24/node-a-03.jsonl",
            ],
            (await BlobsAsync()).Select(b => b.Name));
    }

    [Fact]
    public async Task Append_ConcurrentFromManyCallers_EveryEventLandsOnceOnAWholeLine()
    {
        var log = Open();
        var events = Enumerable.Range(0, 60).Select(i => Event(log, data: new { i, text = new string('x', i * 7) })).ToList();

        await Task.WhenAll(events.Select(e => Task.Run(() => log.AppendAsync(e, Timeout))));

        var lines = await LinesAsync(Assert.Single(await BlobsAsync()).Name);
        Assert.Equal(60, lines.Length);
        Assert.Equal(events.Select(e => e.Id).Order(), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task Append_TwoInstancesOfOneNode_BothContinueTheBlobWithoutLosingLines()
    {
        var first = Open();
        var second = Open();

        for (var i = 0; i < 6; i++)
        {
            await (i % 2 == 0 ? first : second).AppendAsync(Event(first, data: new { i }), Timeout);
        }

        var lines = await LinesAsync(Assert.Single(await BlobsAsync()).Name);
        Assert.Equal([0, 1, 2, 3, 4, 5], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("data").GetProperty("i").GetInt32()));
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("grew under this node", StringComparison.Ordinal));
    }
}
