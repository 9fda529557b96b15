using System.Text;
using System.Text.Json;
using LessonStudy.Server.Features.Records;
using LessonStudy.Server.Tests.Persistence;
using Microsoft.Extensions.Logging;

namespace LessonStudy.Server.Tests.Records;

/// <summary>Rollover before the append-blob limits, retries that must not duplicate, torn lines.</summary>
public abstract partial class BlobRecordLogContractTests
{
    [Fact]
    public async Task Append_AtTheBlockLimit_RollsToNumberedBlobs()
    {
        var log = Open(options: new RecordLogOptions { MaxBlobBlocks = 3, RetryDelay = TimeSpan.Zero });

        for (var i = 0; i < 7; i++)
        {
            await log.AppendAsync(Event(log, data: new { i }), Timeout);
        }

        Assert.Equal(
            [("events/2026/11/23/node-a-03-1.jsonl", 3), ("events/2026/11/23/node-a-03-2.jsonl", 1), ("events/2026/11/23/node-a-03.jsonl", 3)],
            await Task.WhenAll((await BlobsAsync()).Select(async b => (b.Name, (await LinesAsync(b.Name)).Length))));
        Assert.Equal(Enumerable.Range(0, 7), (await ReadAllAsync(Open())).Select(e => e.Data.GetProperty("i").GetInt32()));
    }

    [Fact]
    public async Task Append_PastTheByteLimit_RollsBeforeTheBlobWouldExceedIt()
    {
        var options = new RecordLogOptions { MaxBlobBytes = 1024, RetryDelay = TimeSpan.Zero };
        var log = Open(options: options);

        for (var i = 0; i < 10; i++)
        {
            await log.AppendAsync(Event(log, data: new { i, padding = new string('p', 200) }), Timeout);
        }

        var blobs = await BlobsAsync();
        Assert.True(blobs.Count >= 3, $"{blobs.Count} blobs");
        Assert.All(blobs, b => Assert.InRange(b.Length, 1, 1024));
        Assert.Equal(10, (await ReadAllAsync(Open())).Count);
    }

    [Fact]
    public async Task Append_AfterRestart_ContinuesTheNewestRoll()
    {
        var options = new RecordLogOptions { MaxBlobBlocks = 2, RetryDelay = TimeSpan.Zero };
        var before = Open(options: options);
        for (var i = 0; i < 3; i++)
        {
            await before.AppendAsync(Event(before, data: new { i }), Timeout);
        }

        var after = Open(options: options);
        await after.AppendAsync(Event(after, data: new { i = 3 }), Timeout);
        await after.AppendAsync(Event(after, data: new { i = 4 }), Timeout);

        Assert.Equal(
            ["events/2026/11/23/node-a-03-1.jsonl", "events/2026/11/23/node-a-03-2.jsonl", "events/2026/11/23/node-a-03.jsonl"],
            (await BlobsAsync()).Select(b => b.Name));
        Assert.Equal(2, (await LinesAsync("events/2026/11/23/node-a-03-1.jsonl")).Length);
        Assert.DoesNotContain(Logs.Entries, e => e.Message.Contains("grew under this node", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Append_ResponseLostAfterLanding_IsNotWrittenTwice()
    {
        var faulty = new FaultyBlobStore(Store) { AppendsFailingAfterLanding = 1 };
        var log = Open(faulty);
        var first = Event(log, data: new { i = 0 });
        var second = Event(log, data: new { i = 1 });

        await log.AppendAsync(first, Timeout);
        await log.AppendAsync(second, Timeout);

        Assert.Equal(3, faulty.AppendCalls);
        Assert.Equal([first.Id, second.Id], (await LinesAsync(Assert.Single(await BlobsAsync()).Name)).Select(IdOf));
        Assert.Contains(Logs.Entries, e => e.Message.Contains("had already landed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Append_FailedBeforeLanding_IsRetriedAndLandsOnce()
    {
        var faulty = new FaultyBlobStore(Store) { AppendsFailingBeforeLanding = 2 };
        var log = Open(faulty);
        var recordEvent = Event(log);

        await log.AppendAsync(recordEvent, Timeout);

        Assert.Equal([recordEvent.Id], (await LinesAsync(Assert.Single(await BlobsAsync()).Name)).Select(IdOf));
        Assert.Equal(2, Logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("retrying", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Append_StorageDownForEveryAttempt_ThrowsAndLogsTheEvent()
    {
        var faulty = new FaultyBlobStore(Store) { AppendsFailingBeforeLanding = 100 };
        var log = Open(faulty);
        var recordEvent = Event(log);

        await Assert.ThrowsAsync<IOException>(() => log.AppendAsync(recordEvent, Timeout));

        Assert.Equal(4, faulty.AppendCalls);
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(recordEvent.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TornLastLine_IsSkippedByReadersAndNewEventsGoToTheNextRoll()
    {
        var log = Open();
        var kept = Event(log, data: new { i = 0 });
        await log.AppendAsync(kept, Timeout);
        var blob = "events/2026/11/23/node-a-03.jsonl";
        var length = (await Store.ReadAsync(blob, Timeout))!.Data.Length;
        // A crash in the middle of an append leaves half a line behind.
        var half = RecordEventJson.ToLine(Event(log, data: new { i = 1 }))[..40];
        await Store.AppendAsync(blob, half, length, Timeout);

        var restarted = Open();
        var later = Event(restarted, data: new { i = 2 });
        await restarted.AppendAsync(later, Timeout);

        Assert.Equal([kept.Id, later.Id], (await ReadAllAsync(Open())).Select(e => e.Id));
        Assert.Equal([later.Id], (await LinesAsync("events/2026/11/23/node-a-03-1.jsonl")).Select(IdOf));
        Assert.Contains(Logs.Entries, e => e.Message.Contains("torn line", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_LineThatIsNotAnEvent_IsSkippedAndTheRestRead()
    {
        var blob = "events/2026/11/23/other-03.jsonl";
        var garbage = Encoding.UTF8.GetBytes("{not json\n");
        await Store.AppendAsync(blob, garbage, 0, Timeout);
        var log = Open(node: "other");
        var recordEvent = Event(log);
        await log.AppendAsync(recordEvent, Timeout);

        Assert.Equal([recordEvent.Id], (await ReadAllAsync(Open())).Select(e => e.Id));
        Assert.Contains(Logs.Entries, e => e.Message.Contains("is not an event", StringComparison.Ordinal));
    }

    private static string? IdOf(string line) => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString();
}
