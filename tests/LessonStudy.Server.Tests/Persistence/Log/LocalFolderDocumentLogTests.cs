using LessonStudy.Server.Features.Persistence.Blobs;
using Microsoft.Extensions.Logging;

namespace LessonStudy.Server.Tests.Persistence.Log;

/// <summary>The log suite on a local folder, plus damage done to the files themselves.</summary>
public sealed class LocalFolderDocumentLogTests : DocumentLogContractTests
{
    private string root = "";

    protected override Task<IBlobStore> CreateEmptyStoreAsync()
    {
        root = Directory.CreateTempSubdirectory("lessonstudy-log-").FullName;
        return Task.FromResult<IBlobStore>(new LocalFolderBlobStore(root));
    }

    protected override Task DeleteStoreAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public async Task Load_FileCutMidRecord_GivesTheGoodPrefixAndLaterAppendsGoToANewSegment(int bytesIntoTheLastRecord)
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("kept")], Timeout);
        var goodLength = Assert.Single(await BlobsAsync("log/")).Length;
        await log.AppendAsync([edits.Append(" and lost")], Timeout);
        var file = Path.Combine(root, "documents", DocumentId, "log", $"{Node}-0000000001.log");
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(goodLength + bytesIntoTheLastRecord);
        }

        var reloaded = await OpenLoadedAsync();
        await reloaded.AppendAsync([new TextEdits().Append("new")], Timeout);

        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"at byte {goodLength}", StringComparison.Ordinal));
        Assert.Equal(goodLength + bytesIntoTheLastRecord, new FileInfo(file).Length);
        Assert.True(File.Exists(Path.Combine(root, "documents", DocumentId, "log", $"{Node}-0000000002.log")));
        var loaded = await Open().LoadAsync(Timeout);
        Assert.Equal(["kept", "new"], loaded.Select(u => TextEdits.TextOf([u])));
    }

    [Fact]
    public async Task Load_CrcByteFlippedInTheFile_SkipsFromThatRecord()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("good ")], Timeout);
        var goodLength = Assert.Single(await BlobsAsync("log/")).Length;
        await log.AppendAsync([edits.Append("bad")], Timeout);
        var file = Path.Combine(root, "documents", DocumentId, "log", $"{Node}-0000000001.log");
        var bytes = await File.ReadAllBytesAsync(file, Timeout);
        bytes[goodLength + 4] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes, Timeout);

        Assert.Equal("good ", await LoadTextAsync());
        Assert.Contains(Logs.Entries, e => e.Message.Contains("fails its checksum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_ZeroFilledTail_IsTreatedAsTorn()
    {
        var edits = new TextEdits();
        var log = await OpenLoadedAsync();
        await log.AppendAsync([edits.Append("good")], Timeout);
        var file = Path.Combine(root, "documents", DocumentId, "log", $"{Node}-0000000001.log");
        await using (var stream = new FileStream(file, FileMode.Append, FileAccess.Write))
        {
            stream.Write(new byte[64]);
        }

        Assert.Equal("good", await LoadTextAsync());
        Assert.Contains(Logs.Entries, e => e.Message.Contains("length 0", StringComparison.Ordinal));
    }
}
