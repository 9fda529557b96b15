using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Features.Persistence.Log;

namespace LessonStudy.Server.Tests.Persistence.Log;

/// <summary>Compaction, and a crash at each of its steps (made by failing the step that follows).</summary>
public abstract partial class DocumentLogContractTests
{
    [Fact]
    public async Task Compact_ThenLoad_GivesTheStateAndOnlyTheSnapshotRemains()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("plan: ")], Timeout);
        await log.AppendAsync([edits.Append("goals")], Timeout);

        await log.CompactAsync(edits.State(), Timeout);

        Assert.Equal(0, log.UncompactedBytes);
        Assert.Empty(await BlobsAsync("log/"));
        Assert.Equal([$"documents/{DocumentId}/snapshot-0000000001.bin"], (await BlobsAsync("snapshot-")).Select(b => b.Name));
        var loaded = await Open().LoadAsync(Timeout);
        Assert.Single(loaded);
        Assert.Equal("plan: goals", TextEdits.TextOf(loaded));
    }

    [Fact]
    public async Task Compact_ThenAppend_LoadsSnapshotPlusNewRecordsInAFreshSegment()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("before ")], Timeout);
        await log.CompactAsync(edits.State(), Timeout);

        await log.AppendAsync([edits.Append("after")], Timeout);

        Assert.Equal([$"documents/{DocumentId}/log/{Node}-0000000002.log"], (await BlobsAsync("log/")).Select(b => b.Name));
        var reloaded = Open();
        Assert.Equal("before after", TextEdits.TextOf(await reloaded.LoadAsync(Timeout)));
        Assert.Equal(log.UncompactedBytes, reloaded.UncompactedBytes);
    }

    [Fact]
    public async Task Compact_Repeatedly_KeepsOneSnapshotAndNeverReusesASegmentName()
    {
        var edits = new TextEdits();
        for (var round = 0; round < 3; round++)
        {
            var log = await OpenLoadedAsync();
            await log.AppendAsync([edits.Append($"r{round} ")], Timeout);
            await log.CompactAsync(edits.State(), Timeout);
            await log.CompactAsync(edits.State(), Timeout);
        }

        var last = await OpenLoadedAsync();
        await last.AppendAsync([edits.Append("end")], Timeout);

        Assert.Equal([$"documents/{DocumentId}/snapshot-0000000006.bin"], (await BlobsAsync("snapshot-")).Select(b => b.Name));
        Assert.Equal([$"documents/{DocumentId}/log/{Node}-0000000004.log"], (await BlobsAsync("log/")).Select(b => b.Name));
        Assert.Equal("r0 r1 r2 end", await LoadTextAsync());
    }

    [Fact]
    public async Task Compact_CrashAfterTheSnapshotIsWritten_LoadIsStillCorrectAndTheNextCompactionCleansUp()
    {
        var edits = new TextEdits();
        var faulty = new FaultyBlobStore(Store);
        var log = await OpenLoadedAsync(faulty);
        await log.AppendAsync([edits.Append("covered ")], Timeout);
        faulty.DeletesFail = true;

        await Assert.ThrowsAsync<IOException>(() => log.CompactAsync(edits.State(), Timeout));

        Assert.Single(await BlobsAsync("log/"));
        Assert.Single(await BlobsAsync("snapshot-"));
        var reloaded = await OpenLoadedAsync();
        Assert.Equal(0, reloaded.UncompactedBytes);
        Assert.Equal("covered ", await LoadTextAsync());

        await reloaded.AppendAsync([edits.Append("more")], Timeout);
        await reloaded.CompactAsync(edits.State(), Timeout);
        Assert.Equal([$"documents/{DocumentId}/snapshot-0000000002.bin"], (await BlobsAsync("snapshot-")).Select(b => b.Name));
        Assert.Empty(await BlobsAsync("log/"));
        Assert.Equal("covered more", await LoadTextAsync());
    }

    [Fact]
    public async Task Compact_SnapshotWriteFails_NothingIsDeleted()
    {
        var edits = new TextEdits();
        var faulty = new FaultyBlobStore(Store);
        var log = await OpenLoadedAsync(faulty);
        await log.AppendAsync([edits.Append("kept")], Timeout);
        faulty.Unreachable = true;

        await Assert.ThrowsAnyAsync<Exception>(() => log.CompactAsync(edits.State(), Timeout));

        Assert.Single(await BlobsAsync("log/"));
        Assert.Empty(await BlobsAsync("snapshot-"));
        Assert.Equal("kept", await LoadTextAsync());
    }

    [Fact]
    public async Task Load_NewestSnapshotCorrupt_FallsBackToThePreviousOne()
    {
        var edits = new TextEdits();
        var faulty = new FaultyBlobStore(Store);
        var log = await OpenLoadedAsync(faulty);
        await log.AppendAsync([edits.Append("one ")], Timeout);
        await log.CompactAsync(edits.State(), Timeout);
        await log.AppendAsync([edits.Append("two")], Timeout);
        faulty.DeletesFail = true;
        await Assert.ThrowsAsync<IOException>(() => log.CompactAsync(edits.State(), Timeout));
        await CorruptAsync($"documents/{DocumentId}/snapshot-0000000002.bin");

        var reloaded = Open();
        var loaded = await reloaded.LoadAsync(Timeout);

        Assert.Equal("one two", TextEdits.TextOf(loaded));
        Assert.True(reloaded.UncompactedBytes > 0);
        Assert.Contains(Logs.Entries, e => e.Message.Contains("snapshot 2 is unreadable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_TheOnlySnapshotCorrupt_ThrowsDocumentLoadException()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("gone from the log")], Timeout);
        await log.CompactAsync(edits.State(), Timeout);
        await CorruptAsync($"documents/{DocumentId}/snapshot-0000000001.bin");

        await Assert.ThrowsAsync<DocumentLoadException>(() => Open().LoadAsync(Timeout));
    }

    [Fact]
    public async Task Compact_AfterACorruptSnapshot_NumbersTheNextAboveIt()
    {
        var edits = new TextEdits();
        var faulty = new FaultyBlobStore(Store);
        var log = await OpenLoadedAsync(faulty);
        await log.AppendAsync([edits.Append("a")], Timeout);
        await log.CompactAsync(edits.State(), Timeout);
        await log.AppendAsync([edits.Append("b")], Timeout);
        faulty.DeletesFail = true;
        await Assert.ThrowsAsync<IOException>(() => log.CompactAsync(edits.State(), Timeout));
        await CorruptAsync($"documents/{DocumentId}/snapshot-0000000002.bin");

        var reloaded = await OpenLoadedAsync();
        await reloaded.CompactAsync(edits.State(), Timeout);

        Assert.Equal([$"documents/{DocumentId}/snapshot-0000000003.bin"], (await BlobsAsync("snapshot-")).Select(b => b.Name));
        Assert.Equal("ab", await LoadTextAsync());
    }

    [Fact]
    public async Task Compact_LeavesAnotherNodesSegmentsAndDoesNotReadThemTwice()
    {
        var a = new TextEdits();
        var nodeB = await OpenLoadedAsync(node: "node-b");
        await nodeB.AppendAsync([a.Append("from b ")], Timeout);
        var nodeA = await OpenLoadedAsync();
        await nodeA.AppendAsync([a.Append("from a")], Timeout);

        await nodeA.CompactAsync(a.State(), Timeout);

        Assert.Equal([$"documents/{DocumentId}/log/node-b-0000000001.log"], (await BlobsAsync("log/")).Select(b => b.Name));
        var loaded = await Open().LoadAsync(Timeout);
        Assert.Single(loaded);
        Assert.Equal("from b from a", TextEdits.TextOf(loaded));
    }

    private async Task CorruptAsync(string name)
    {
        var bytes = (await Store.ReadAsync(name, Timeout))!.Data;
        bytes[^1] ^= 0xFF;
        await Store.WriteAsync(name, bytes, BlobWriteCondition.None, Timeout);
    }
}
