using Microsoft.Extensions.Logging;
using LessonStudy.Server.Features.Persistence.Log;

namespace LessonStudy.Server.Tests.Persistence.Log;

/// <summary>Retries that must not duplicate, torn tails that must not crash, storage that cannot be read.</summary>
public abstract partial class DocumentLogContractTests
{
    [Fact]
    public async Task Append_LandedButReportedFailed_IsRetriedAndStoredOnce()
    {
        var edits = new TextEdits();
        var faulty = new FaultyBlobStore(Store);
        var log = await OpenLoadedAsync(faulty);
        await log.AppendAsync([edits.Append("first ")], Timeout);
        faulty.AppendsFailingAfterLanding = 1;

        await log.AppendAsync([edits.Append("second")], Timeout);
        await log.AppendAsync([edits.Append("!")], Timeout);

        var loaded = await Open().LoadAsync(Timeout);
        Assert.Equal(3, loaded.Count);
        Assert.Equal("first second!", TextEdits.TextOf(loaded));
        var segment = Assert.Single(await BlobsAsync("log/"));
        Assert.Equal(3, (await Store.ReadAsync(segment.Name, Timeout))!.BlockCount);
        Assert.Equal(segment.Length, log.UncompactedBytes);
        Assert.Contains(Logs.Entries, e => e.Message.Contains("had already landed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Append_FirstBlockOfASegmentLandedButReportedFailed_IsStoredOnce()
    {
        var edits = new TextEdits();
        var faulty = new FaultyBlobStore(Store) { AppendsFailingAfterLanding = 1 };
        var log = await OpenLoadedAsync(faulty);

        await log.AppendAsync([edits.Append("only")], Timeout);

        Assert.Single(await Open().LoadAsync(Timeout));
        Assert.Equal(1, (await Store.ReadAsync(Assert.Single(await BlobsAsync("log/")).Name, Timeout))!.BlockCount);
    }

    [Fact]
    public async Task Append_TransientFailureBeforeLanding_IsRetried()
    {
        var edits = new TextEdits();
        var faulty = new FaultyBlobStore(Store);
        var log = await OpenLoadedAsync(faulty);
        faulty.AppendsFailingBeforeLanding = 2;

        await log.AppendAsync([edits.Append("kept")], Timeout);

        Assert.Equal(3, faulty.AppendCalls);
        Assert.Equal("kept", await LoadTextAsync());
    }

    [Fact]
    public async Task Append_FailingEveryAttempt_ThrowsAndTheNextAppendStartsANewSegment()
    {
        var edits = new TextEdits();
        var faulty = new FaultyBlobStore(Store);
        var log = await OpenLoadedAsync(faulty);
        await log.AppendAsync([edits.Append("a")], Timeout);
        faulty.AppendsFailingBeforeLanding = 100;

        var failed = edits.Append("b");
        await Assert.ThrowsAsync<IOException>(() => log.AppendAsync([failed], Timeout));
        faulty.AppendsFailingBeforeLanding = 0;
        await log.AppendAsync([failed, edits.Append("c")], Timeout);

        Assert.Equal(2, (await BlobsAsync("log/")).Count);
        Assert.Equal("abc", await LoadTextAsync());
    }

    [Fact]
    public async Task Append_SegmentWrittenByAnotherWriter_FailsLoudly()
    {
        var edits = new TextEdits();
        var one = await OpenLoadedAsync();
        var sameNodeAgain = await OpenLoadedAsync();
        await one.AppendAsync([edits.Append("one")], Timeout);

        var error = await Assert.ThrowsAsync<IOException>(() => sameNodeAgain.AppendAsync([edits.Append("two")], Timeout));

        Assert.Contains("changed under this node", error.Message, StringComparison.Ordinal);
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("one", await LoadTextAsync());
    }

    [Fact]
    public async Task Load_TruncatedTail_GivesTheGoodPrefixLogsItAndLaterAppendsStillLoad()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("kept ")], Timeout);
        await log.AppendAsync([edits.Append("torn")], Timeout);
        var segment = Assert.Single(await BlobsAsync("log/")).Name;
        var bytes = (await Store.ReadAsync(segment, Timeout))!.Data;
        await Store.WriteAsync(segment, bytes.AsMemory(0, bytes.Length - 3), Features.Persistence.Blobs.BlobWriteCondition.None, Timeout);

        var reloaded = await OpenLoadedAsync();
        var fresh = new TextEdits();
        await reloaded.AppendAsync([fresh.Append("after")], Timeout);

        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("torn or corrupt tail", StringComparison.Ordinal));
        Assert.Equal(2, (await BlobsAsync("log/")).Count);
        var loaded = await Open().LoadAsync(Timeout);
        Assert.Equal(2, loaded.Count);
        Assert.Equal("kept ", TextEdits.TextOf(loaded.Take(1)));
        Assert.Equal("after", TextEdits.TextOf(loaded.Skip(1)));
    }

    [Fact]
    public async Task Load_CorruptChecksum_GivesTheRecordsBeforeIt()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("one ")], Timeout);
        var firstLength = Assert.Single(await BlobsAsync("log/")).Length;
        await log.AppendAsync([edits.Append("two ")], Timeout);
        await log.AppendAsync([edits.Append("three")], Timeout);
        var segment = Assert.Single(await BlobsAsync("log/")).Name;
        var bytes = (await Store.ReadAsync(segment, Timeout))!.Data;
        bytes[firstLength + 5] ^= 0x40; // a CRC byte of the second record
        await Store.WriteAsync(segment, bytes, Features.Persistence.Blobs.BlobWriteCondition.None, Timeout);

        var loaded = await Open().LoadAsync(Timeout);

        Assert.Equal("one ", TextEdits.TextOf(loaded));
        Assert.Contains(Logs.Entries, e => e.Message.Contains("fails its checksum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_StorageUnreachable_ThrowsDocumentLoadException()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("x")], Timeout);

        var error = await Assert.ThrowsAsync<DocumentLoadException>(
            () => Open(new FaultyBlobStore(Store) { Unreachable = true }).LoadAsync(Timeout));

        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Append_AfterAFailedLoad_IsRefused()
    {
        var faulty = new FaultyBlobStore(Store) { Unreachable = true };
        var log = Open(faulty);
        await Assert.ThrowsAsync<DocumentLoadException>(() => log.LoadAsync(Timeout));
        faulty.Unreachable = false;

        await Assert.ThrowsAsync<InvalidOperationException>(() => log.AppendAsync([new TextEdits().Append("x")], Timeout));
        Assert.Empty(await BlobsAsync("log/"));
    }
}
