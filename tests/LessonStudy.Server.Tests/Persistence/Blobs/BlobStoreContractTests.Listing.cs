using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Tests.Persistence.Blobs;

/// <summary>Listing, deleting and the names a store accepts.</summary>
public abstract partial class BlobStoreContractTests
{
    public static TheoryData<string> InvalidNames => new()
    {
        "",
        "/documents/a",
        "documents/a/",
        "documents//a",
        "documents/../a",
        "../outside",
        "documents/./a",
        "..",
        "Documents/a",
        "documents\\a",
        "documents/a b",
        "documents/é",
        new string('a', BlobNames.MaxLength + 1),
    };

    [Fact]
    public async Task List_ByPrefix_ReturnsTheMatchingBlobsInOrdinalOrder()
    {
        string[] names =
        [
            "documents/d1/log/n-0000000002.log",
            "documents/d1/snapshot-0000000001.bin",
            "documents/d1/log/n-0000000001.log",
            "documents/d1/document.json",
            "documents/d1-x/document.json",
            "documents/d1.x",
            "documents/d10/document.json",
            "documents/d2/document.json",
            "system/signing-key.json",
        ];
        foreach (var name in names)
        {
            await Store.WriteAsync(name, Bytes(name), BlobWriteCondition.None, Timeout);
        }

        var all = await ListAsync("documents/d1");
        var folder = await ListAsync("documents/d1/");
        var snapshots = await ListAsync("documents/d1/snap");

        Assert.Equal(
            ["documents/d1-x/document.json", "documents/d1.x", "documents/d1/document.json", "documents/d1/log/n-0000000001.log",
             "documents/d1/log/n-0000000002.log", "documents/d1/snapshot-0000000001.bin", "documents/d10/document.json"],
            all.Select(e => e.Name));
        Assert.Equal(
            ["documents/d1/document.json", "documents/d1/log/n-0000000001.log", "documents/d1/log/n-0000000002.log", "documents/d1/snapshot-0000000001.bin"],
            folder.Select(e => e.Name));
        Assert.Equal(["documents/d1/snapshot-0000000001.bin"], snapshots.Select(e => e.Name));
        Assert.All(all, e => Assert.Equal(e.Name.Length, e.Length));
    }

    [Fact]
    public async Task List_AppendBlob_ReportsItsLength()
    {
        await Store.AppendAsync("documents/d/log/n-0000000001.log", Bytes("abc"), 0, Timeout);
        await Store.AppendAsync("documents/d/log/n-0000000001.log", Bytes("de"), 3, Timeout);

        var entry = Assert.Single(await ListAsync("documents/d/"));

        Assert.Equal(new BlobEntry("documents/d/log/n-0000000001.log", 5), entry);
    }

    [Fact]
    public async Task List_NothingUnderThePrefix_ReturnsNothing()
    {
        await Store.WriteAsync("documents/a/document.json", Bytes("x"), BlobWriteCondition.None, Timeout);

        Assert.Empty(await ListAsync("documents/b/"));
        Assert.Empty(await ListAsync("plans/"));
    }

    [Fact]
    public async Task Delete_Existing_ReturnsTrueAndRemovesIt()
    {
        await Store.WriteAsync("documents/a/document.json", Bytes("x"), BlobWriteCondition.None, Timeout);

        Assert.True(await Store.DeleteAsync("documents/a/document.json", Timeout));

        Assert.Null(await Store.ReadAsync("documents/a/document.json", Timeout));
        Assert.Empty(await ListAsync("documents/"));
    }

    [Fact]
    public async Task Delete_Missing_ReturnsFalse()
    {
        Assert.False(await Store.DeleteAsync("documents/a/document.json", Timeout));
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public async Task AnyOperation_InvalidName_IsRejected(string name)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReadAsync(name, Timeout));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.WriteAsync(name, Bytes("x"), BlobWriteCondition.None, Timeout));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AppendAsync(name, Bytes("x"), 0, Timeout));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.DeleteAsync(name, Timeout));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("documents/../")]
    [InlineData("/")]
    [InlineData("Documents/")]
    public async Task List_InvalidPrefix_IsRejected(string prefix)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => ListAsync(prefix));
    }

    protected async Task<List<BlobEntry>> ListAsync(string prefix)
    {
        var entries = new List<BlobEntry>();
        await foreach (var entry in Store.ListAsync(prefix, Timeout))
        {
            entries.Add(entry);
        }

        return entries;
    }
}
