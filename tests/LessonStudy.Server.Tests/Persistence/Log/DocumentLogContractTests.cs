using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Features.Persistence.Log;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Tests.Persistence.Log;

/// <summary>
/// The document log's behaviour, run on each blob store (the subclasses say which). Round trips, group
/// commit and rollover here; failures and compaction in the partial files beside it.
/// </summary>
public abstract partial class DocumentLogContractTests : IAsyncLifetime, IDisposable
{
    protected const string Node = "node-a";

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    protected IBlobStore Store { get; private set; } = null!;

    protected string DocumentId { get; } = ResourceId.New();

    protected CancellationToken Timeout => timeout.Token;

    internal RecordingLoggerFactory Logs { get; } = new();

    protected abstract Task<IBlobStore> CreateEmptyStoreAsync();

    protected abstract Task DeleteStoreAsync();

    public async Task InitializeAsync() => Store = await CreateEmptyStoreAsync();

    public Task DisposeAsync() => DeleteStoreAsync();

    public void Dispose()
    {
        timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static DocumentLogOptions SmallLimits(int maxBlockBytes = 1024, long? maxSegmentBytes = null, int maxSegmentBlocks = DocumentLogOptions.AzureMaxBlocks) => new()
    {
        MaxBlockBytes = maxBlockBytes,
        MaxSegmentBytes = maxSegmentBytes ?? maxBlockBytes,
        MaxSegmentBlocks = maxSegmentBlocks,
        RetryDelay = TimeSpan.FromMilliseconds(1),
    };

    protected IDocumentLog Open(IBlobStore? store = null, DocumentLogOptions? options = null, string node = Node) =>
        new DocumentLogFactory(store ?? Store, node, options ?? new DocumentLogOptions { RetryDelay = TimeSpan.FromMilliseconds(1) }, Logs, TimeProvider.System, null)
            .Open(DocumentId);

    protected async Task<IDocumentLog> OpenLoadedAsync(IBlobStore? store = null, DocumentLogOptions? options = null, string node = Node)
    {
        var log = Open(store, options, node);
        await log.LoadAsync(Timeout);
        return log;
    }

    protected async Task<string> LoadTextAsync(IBlobStore? store = null) =>
        TextEdits.TextOf(await Open(store).LoadAsync(Timeout));

    /// <summary>The document's blobs under a folder ("log/", "snapshot-"), full names in order.</summary>
    protected async Task<List<BlobEntry>> BlobsAsync(string relativePrefix)
    {
        var entries = new List<BlobEntry>();
        await foreach (var entry in Store.ListAsync($"documents/{DocumentId}/{relativePrefix}", Timeout))
        {
            entries.Add(entry);
        }

        return entries;
    }

    [Fact]
    public async Task Load_NothingStored_ReturnsNoUpdates()
    {
        var log = Open();

        Assert.Empty(await log.LoadAsync(Timeout));
        Assert.Equal(0, log.UncompactedBytes);
    }

    [Fact]
    public async Task Append_BeforeLoad_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Open().AppendAsync([new byte[] { 0, 0 }], Timeout));
    }

    [Fact]
    public async Task Append_ThenLoadInANewLog_GivesBackTheSameText()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("集体备课")], Timeout);
        await log.AppendAsync([edits.Append(": lesson one")], Timeout);
        await log.AppendAsync([edits.Delete(0, 2)], Timeout);

        var loaded = await Open().LoadAsync(Timeout);

        Assert.Equal(3, loaded.Count);
        Assert.Equal("备课: lesson one", TextEdits.TextOf(loaded));
        Assert.Equal(edits.Text, TextEdits.TextOf(loaded));
    }

    [Fact]
    public async Task Append_GroupCommit_IsOneBlockOfManyRecords()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();

        await log.AppendAsync([edits.Append("a"), edits.Append("b"), edits.Append("c")], Timeout);

        var segment = Assert.Single(await BlobsAsync("log/"));
        Assert.Equal($"documents/{DocumentId}/log/{Node}-0000000001.log", segment.Name);
        var blob = await Store.ReadAsync(segment.Name, Timeout);
        Assert.Equal(1, blob!.BlockCount);
        Assert.Equal(segment.Length, log.UncompactedBytes);
        var loaded = await Open().LoadAsync(Timeout);
        Assert.Equal(3, loaded.Count);
        Assert.Equal("abc", TextEdits.TextOf(loaded));
    }

    [Fact]
    public async Task Append_GroupLargerThanABlock_IsSplitIntoWholeRecordBlocks()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync(options: SmallLimits(maxBlockBytes: 256, maxSegmentBytes: 1 << 20));
        var updates = Enumerable.Range(0, 10).Select(i => edits.Append(new string((char)('a' + i), 60))).ToArray();

        await log.AppendAsync([.. updates.Select(u => (ReadOnlyMemory<byte>)u)], Timeout);

        var blob = await Store.ReadAsync(Assert.Single(await BlobsAsync("log/")).Name, Timeout);
        Assert.True(blob!.BlockCount > 1);
        Assert.Equal(edits.Text, await LoadTextAsync());
    }

    [Fact]
    public async Task Append_UpdateLargerThanABlock_IsRefusedAndNothingIsWritten()
    {
        var log = await OpenLoadedAsync(options: SmallLimits(maxBlockBytes: 256));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync([new byte[300]], Timeout));

        Assert.Contains("larger than the document log accepts", error.Message, StringComparison.Ordinal);
        Assert.Empty(await BlobsAsync("log/"));
    }

    [Fact]
    public async Task Append_PastTheSegmentSize_RollsOverToNumberedSegments()
    {
        var edits = new TextEdits();
        var options = SmallLimits(maxBlockBytes: 256, maxSegmentBytes: 600);
        var log = await OpenLoadedAsync(options: options);

        for (var i = 0; i < 12; i++)
        {
            await log.AppendAsync([edits.Append(new string('x', 80) + i)], Timeout);
        }

        var segments = await BlobsAsync("log/");
        Assert.True(segments.Count >= 3, $"{segments.Count} segments");
        Assert.All(segments, s => Assert.True(s.Length <= 600, $"{s.Name} holds {s.Length} bytes"));
        Assert.Equal(
            Enumerable.Range(1, segments.Count).Select(n => $"documents/{DocumentId}/log/{Node}-{n:D10}.log"),
            segments.Select(s => s.Name));
        Assert.Equal(edits.Text, await LoadTextAsync());
    }

    [Fact]
    public async Task Append_PastTheBlockCount_RollsOver()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync(options: SmallLimits(maxSegmentBytes: 1 << 20, maxSegmentBlocks: 3));

        for (var i = 0; i < 7; i++)
        {
            await log.AppendAsync([edits.Append($"{i};")], Timeout);
        }

        var segments = await BlobsAsync("log/");
        Assert.Equal(3, segments.Count);
        foreach (var segment in segments)
        {
            Assert.True((await Store.ReadAsync(segment.Name, Timeout))!.BlockCount <= 3);
        }

        Assert.Equal("0;1;2;3;4;5;6;", await LoadTextAsync());
    }

    [Fact]
    public async Task Load_OwnLastSegmentWhole_LaterAppendsContinueIt()
    {
        var edits = new TextEdits();
        var first = await OpenLoadedAsync();
        await first.AppendAsync([edits.Append("one ")], Timeout);

        var second = await OpenLoadedAsync();
        await second.AppendAsync([edits.Append("two")], Timeout);

        var segment = Assert.Single(await BlobsAsync("log/"));
        Assert.Equal(2, (await Store.ReadAsync(segment.Name, Timeout))!.BlockCount);
        Assert.Equal("one two", await LoadTextAsync());
    }

    [Fact]
    public async Task Load_SegmentsOfSeveralNodes_AreAllRead()
    {
        var a = new TextEdits();
        var b = new TextEdits();
        var nodeA = await OpenLoadedAsync(node: "node-a");
        var nodeB = await OpenLoadedAsync(node: "node-b");
        await nodeA.AppendAsync([a.Append("from a")], Timeout);
        await nodeB.AppendAsync([b.Append("from b")], Timeout);

        var loaded = await Open().LoadAsync(Timeout);

        Assert.Equal(2, (await BlobsAsync("log/")).Count);
        var text = TextEdits.TextOf(loaded);
        Assert.Contains("from a", text, StringComparison.Ordinal);
        Assert.Contains("from b", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UncompactedBytes_CountsLoadedAndAppendedRecords()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("hello")], Timeout);
        var afterOne = log.UncompactedBytes;
        await log.AppendAsync([edits.Append(" world")], Timeout);

        var reloaded = await OpenLoadedAsync();

        Assert.True(afterOne > 0);
        Assert.Equal(Assert.Single(await BlobsAsync("log/")).Length, log.UncompactedBytes);
        Assert.Equal(log.UncompactedBytes, reloaded.UncompactedBytes);
    }
}
