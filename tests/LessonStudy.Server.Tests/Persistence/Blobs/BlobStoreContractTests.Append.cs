using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Tests.Persistence.Blobs;

/// <summary>Append blobs: the append-position condition that makes a retried append land at most once.</summary>
public abstract partial class BlobStoreContractTests
{
    [Fact]
    public async Task Append_MissingBlobAtZero_CreatesIt()
    {
        var result = await Store.AppendAsync("log/n-1.log", Bytes("abc"), 0, Timeout);

        Assert.Equal(new BlobAppendResult(3, 1), result);
        var read = await Store.ReadAsync("log/n-1.log", Timeout);
        Assert.Equal(Bytes("abc"), read!.Data);
        Assert.Equal(1, read.BlockCount);
    }

    [Fact]
    public async Task Append_AtCurrentLength_AddsABlock()
    {
        await Store.AppendAsync("log/n-1.log", Bytes("abc"), 0, Timeout);

        var result = await Store.AppendAsync("log/n-1.log", Bytes("defg"), 3, Timeout);

        Assert.Equal(new BlobAppendResult(7, 2), result);
        Assert.Equal(Bytes("abcdefg"), (await Store.ReadAsync("log/n-1.log", Timeout))!.Data);
    }

    [Fact]
    public async Task Append_ManyBlocks_CountsEveryBlock()
    {
        long length = 0;
        for (var i = 0; i < 25; i++)
        {
            var result = await Store.AppendAsync("log/n-1.log", Bytes($"block {i};"), length, Timeout);
            length = result.Length;
            Assert.Equal(i + 1, result.BlockCount);
        }

        var read = await Store.ReadAsync("log/n-1.log", Timeout);
        Assert.Equal(25, read!.BlockCount);
        Assert.Equal(length, read.Data.Length);
    }

    [Fact]
    public async Task Append_RetriedAtTheOldPosition_ThrowsAndTheBlockIsThereOnce()
    {
        await Store.AppendAsync("log/n-1.log", Bytes("first;"), 0, Timeout);
        await Store.AppendAsync("log/n-1.log", Bytes("second;"), 6, Timeout);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() => Store.AppendAsync("log/n-1.log", Bytes("second;"), 6, Timeout));

        var read = await Store.ReadAsync("log/n-1.log", Timeout);
        Assert.Equal(Bytes("first;second;"), read!.Data);
        Assert.Equal(2, read.BlockCount);
    }

    [Fact]
    public async Task Append_RetriedCreationAtZero_ThrowsAndTheBlockIsThereOnce()
    {
        await Store.AppendAsync("log/n-1.log", Bytes("first;"), 0, Timeout);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() => Store.AppendAsync("log/n-1.log", Bytes("first;"), 0, Timeout));

        Assert.Equal(Bytes("first;"), (await Store.ReadAsync("log/n-1.log", Timeout))!.Data);
    }

    [Fact]
    public async Task Append_PastTheEnd_Throws()
    {
        await Store.AppendAsync("log/n-1.log", Bytes("abc"), 0, Timeout);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() => Store.AppendAsync("log/n-1.log", Bytes("x"), 4, Timeout));
        Assert.Equal(Bytes("abc"), (await Store.ReadAsync("log/n-1.log", Timeout))!.Data);
    }

    [Fact]
    public async Task Append_MissingBlobAtNonZero_ThrowsAndCreatesNothing()
    {
        await Assert.ThrowsAsync<BlobConditionFailedException>(() => Store.AppendAsync("log/n-1.log", Bytes("x"), 5, Timeout));

        Assert.Null(await Store.ReadAsync("log/n-1.log", Timeout));
    }

    [Fact]
    public async Task Append_EmptyBlock_IsRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.AppendAsync("log/n-1.log", ReadOnlyMemory<byte>.Empty, 0, Timeout));
    }

    [Fact]
    public async Task Append_ConcurrentAtTheSamePosition_ExactlyOneLands()
    {
        await Store.AppendAsync("log/n-1.log", Bytes("base;"), 0, Timeout);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => TryAsync(
            () => Store.AppendAsync("log/n-1.log", Bytes($"writer {i};"), 5, Timeout))));

        Assert.Single(results, r => r is not null);
        var winner = Array.FindIndex(results, r => r is not null);
        var read = await Store.ReadAsync("log/n-1.log", Timeout);
        Assert.Equal(Bytes($"base;writer {winner};"), read!.Data);
        Assert.Equal(2, read.BlockCount);
    }

    [Fact]
    public async Task Write_OverAnAppendBlob_ReplacesItWithAWholeBlob()
    {
        await Store.AppendAsync("log/n-1.log", Bytes("abc"), 0, Timeout);
        await Store.AppendAsync("log/n-1.log", Bytes("de"), 3, Timeout);

        await Store.WriteAsync("log/n-1.log", Bytes("whole"), BlobWriteCondition.None, Timeout);

        var read = await Store.ReadAsync("log/n-1.log", Timeout);
        Assert.Equal(Bytes("whole"), read!.Data);
        Assert.Equal(0, read.BlockCount);
    }

    [Fact]
    public async Task Append_AfterDelete_StartsAgainAtZero()
    {
        await Store.AppendAsync("log/n-1.log", Bytes("old"), 0, Timeout);
        await Store.DeleteAsync("log/n-1.log", Timeout);

        var result = await Store.AppendAsync("log/n-1.log", Bytes("new"), 0, Timeout);

        Assert.Equal(new BlobAppendResult(3, 1), result);
        Assert.Equal(Bytes("new"), (await Store.ReadAsync("log/n-1.log", Timeout))!.Data);
    }
}
