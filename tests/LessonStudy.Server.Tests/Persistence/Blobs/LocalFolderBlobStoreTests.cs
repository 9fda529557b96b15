using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Tests.Persistence.Blobs;

/// <summary>The contract suite on a fresh temporary folder, plus what only a folder can show.</summary>
public sealed class LocalFolderBlobStoreTests : BlobStoreContractTests
{
    private string root = "";

    protected override Task<IBlobStore> CreateEmptyStoreAsync()
    {
        root = Directory.CreateTempSubdirectory("lessonstudy-blobs-").FullName;
        return Task.FromResult<IBlobStore>(new LocalFolderBlobStore(root));
    }

    protected override Task DeleteStoreAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Write_StoresTheBlobAsAPlainFileAndLeavesNoTemporaryFile()
    {
        await Store.WriteAsync("documents/a/document.json", Bytes("{}"), BlobWriteCondition.None, Timeout);
        await Store.WriteAsync("documents/a/document.json", Bytes("{\"v\":2}"), BlobWriteCondition.None, Timeout);

        Assert.Equal(Bytes("{\"v\":2}"), await File.ReadAllBytesAsync(Path.Combine(root, "documents", "a", "document.json"), Timeout));
        Assert.Equal(["document.json"], Directory.GetFiles(Path.Combine(root, "documents", "a")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Write_FailedCondition_LeavesNoTemporaryFile()
    {
        await Store.WriteAsync("a/doc", Bytes("x"), BlobWriteCondition.None, Timeout);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() => Store.WriteAsync("a/doc", Bytes("y"), BlobWriteCondition.IfNotExists, Timeout));

        Assert.Equal(["doc"], Directory.GetFiles(Path.Combine(root, "a")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Append_KeepsItsBlockCountBesideTheFileUnlisted()
    {
        await Store.AppendAsync("documents/a/log/n-0000000001.log", Bytes("abc"), 0, Timeout);
        await Store.AppendAsync("documents/a/log/n-0000000001.log", Bytes("d"), 3, Timeout);

        Assert.Equal(["documents/a/log/n-0000000001.log"], (await ListAsync("documents/")).Select(e => e.Name));
        Assert.True(File.Exists(Path.Combine(root, "documents", "a", "log", "n-0000000001.log.BLOCKS")));
    }

    [Fact]
    public async Task Read_AppendBlobWithADamagedBlockCountFile_EstimatesHighNotLow()
    {
        await Store.AppendAsync("a/n-0000000001.log", Bytes("abc"), 0, Timeout);
        await Store.AppendAsync("a/n-0000000001.log", Bytes("de"), 3, Timeout);
        await File.WriteAllTextAsync(Path.Combine(root, "a", "n-0000000001.log.BLOCKS"), "#", Timeout);

        var read = await Store.ReadAsync("a/n-0000000001.log", Timeout);

        Assert.True(read!.BlockCount >= 2);
    }

    [Fact]
    public async Task SecondStoreOnTheSameFolder_SeesTheSameBlobsAndConditions()
    {
        var other = new LocalFolderBlobStore(root);
        await Store.AppendAsync("a/n.log", Bytes("abc"), 0, Timeout);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() => other.AppendAsync("a/n.log", Bytes("x"), 0, Timeout));
        Assert.Equal(Bytes("abc"), (await other.ReadAsync("a/n.log", Timeout))!.Data);
    }

    [Fact]
    public async Task CheckReady_RootIsAFile_Throws()
    {
        var file = Path.Combine(root, "not-a-folder");
        await File.WriteAllBytesAsync(file, [1], Timeout);

        await Assert.ThrowsAnyAsync<IOException>(() => new LocalFolderBlobStore(file).CheckReadyAsync(Timeout));
    }
}
