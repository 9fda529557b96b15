using System.Text;
using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Tests.Persistence.Blobs;

/// <summary>
/// The behaviour every <see cref="IBlobStore"/> must have; each store's test class derives from this and
/// only says how to make a fresh, empty store. Whole-blob writes here; appends, listing and names in the
/// partial files beside it.
/// </summary>
public abstract partial class BlobStoreContractTests : IAsyncLifetime, IDisposable
{
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    protected IBlobStore Store { get; private set; } = null!;

    /// <summary>Bounds every call of a test.</summary>
    protected CancellationToken Timeout => timeout.Token;

    /// <summary>A new store with nothing in it.</summary>
    protected abstract Task<IBlobStore> CreateEmptyStoreAsync();

    /// <summary>Removes what <see cref="CreateEmptyStoreAsync"/> made.</summary>
    protected abstract Task DeleteStoreAsync();

    public async Task InitializeAsync() => Store = await CreateEmptyStoreAsync();

    public Task DisposeAsync() => DeleteStoreAsync();

    public void Dispose()
    {
        timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Read_Missing_ReturnsNull()
    {
        Assert.Null(await Store.ReadAsync("documents/none/document.json", Timeout));
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsTheBytesAndTheWrittenETag()
    {
        var etag = await Store.WriteAsync("documents/a/document.json", Bytes("{\"v\":1}"), BlobWriteCondition.None, Timeout);

        var read = await Store.ReadAsync("documents/a/document.json", Timeout);

        Assert.NotNull(read);
        Assert.Equal(Bytes("{\"v\":1}"), read.Data);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(0, read.BlockCount);
    }

    [Fact]
    public async Task Write_Overwrite_ReplacesTheBytesAndChangesTheETag()
    {
        var first = await Store.WriteAsync("a/b", Bytes("one"), BlobWriteCondition.None, Timeout);
        var second = await Store.WriteAsync("a/b", Bytes("two, longer"), BlobWriteCondition.None, Timeout);

        Assert.NotEqual(first, second);
        Assert.Equal(Bytes("two, longer"), (await Store.ReadAsync("a/b", Timeout))!.Data);
    }

    [Fact]
    public async Task Write_Empty_ReadsBackEmpty()
    {
        await Store.WriteAsync("a/empty", ReadOnlyMemory<byte>.Empty, BlobWriteCondition.None, Timeout);

        Assert.Empty((await Store.ReadAsync("a/empty", Timeout))!.Data);
    }

    [Fact]
    public async Task Write_LargerThanOneAppendBlock_RoundTrips()
    {
        var data = new byte[5 * 1024 * 1024 + 17];
        new Random(7).NextBytes(data);

        await Store.WriteAsync("a/large.bin", data, BlobWriteCondition.None, Timeout);

        Assert.Equal(data, (await Store.ReadAsync("a/large.bin", Timeout))!.Data);
    }

    [Fact]
    public async Task Write_IfNotExists_WhenMissing_Writes()
    {
        await Store.WriteAsync("a/new", Bytes("x"), BlobWriteCondition.IfNotExists, Timeout);

        Assert.Equal(Bytes("x"), (await Store.ReadAsync("a/new", Timeout))!.Data);
    }

    [Fact]
    public async Task Write_IfNotExists_WhenPresent_ThrowsAndKeepsTheBytes()
    {
        await Store.WriteAsync("a/new", Bytes("first"), BlobWriteCondition.None, Timeout);

        await Assert.ThrowsAsync<BlobConditionFailedException>(
            () => Store.WriteAsync("a/new", Bytes("second"), BlobWriteCondition.IfNotExists, Timeout));
        Assert.Equal(Bytes("first"), (await Store.ReadAsync("a/new", Timeout))!.Data);
    }

    [Fact]
    public async Task Write_IfMatch_CurrentETag_Writes()
    {
        var etag = await Store.WriteAsync("a/doc", Bytes("v1"), BlobWriteCondition.None, Timeout);

        var next = await Store.WriteAsync("a/doc", Bytes("v2"), BlobWriteCondition.IfMatch(etag), Timeout);

        var read = await Store.ReadAsync("a/doc", Timeout);
        Assert.Equal(Bytes("v2"), read!.Data);
        Assert.Equal(next, read.ETag);
    }

    [Fact]
    public async Task Write_IfMatch_StaleETag_ThrowsAndKeepsTheBytes()
    {
        var stale = await Store.WriteAsync("a/doc", Bytes("v1"), BlobWriteCondition.None, Timeout);
        await Store.WriteAsync("a/doc", Bytes("v2"), BlobWriteCondition.IfMatch(stale), Timeout);

        await Assert.ThrowsAsync<BlobConditionFailedException>(
            () => Store.WriteAsync("a/doc", Bytes("v3"), BlobWriteCondition.IfMatch(stale), Timeout));
        Assert.Equal(Bytes("v2"), (await Store.ReadAsync("a/doc", Timeout))!.Data);
    }

    [Fact]
    public async Task Write_IfMatch_Missing_Throws()
    {
        var etag = await Store.WriteAsync("a/doc", Bytes("v1"), BlobWriteCondition.None, Timeout);
        await Store.DeleteAsync("a/doc", Timeout);

        await Assert.ThrowsAsync<BlobConditionFailedException>(
            () => Store.WriteAsync("a/doc", Bytes("v2"), BlobWriteCondition.IfMatch(etag), Timeout));
        Assert.Null(await Store.ReadAsync("a/doc", Timeout));
    }

    [Fact]
    public async Task Write_ConcurrentIfNotExists_ExactlyOneWins()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => TryAsync(
            () => Store.WriteAsync("a/race", Bytes($"writer {i}"), BlobWriteCondition.IfNotExists, Timeout))));

        Assert.Single(results, r => r is not null);
        var winner = Array.FindIndex(results, r => r is not null);
        Assert.Equal(Bytes($"writer {winner}"), (await Store.ReadAsync("a/race", Timeout))!.Data);
    }

    [Fact]
    public async Task Write_ConcurrentIfMatch_ExactlyOneWins()
    {
        var etag = await Store.WriteAsync("a/race", Bytes("base"), BlobWriteCondition.None, Timeout);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => TryAsync(
            () => Store.WriteAsync("a/race", Bytes($"writer {i}"), BlobWriteCondition.IfMatch(etag), Timeout))));

        Assert.Single(results, r => r is not null);
        var winner = Array.FindIndex(results, r => r is not null);
        var read = await Store.ReadAsync("a/race", Timeout);
        Assert.Equal(Bytes($"writer {winner}"), read!.Data);
        Assert.Equal(results[winner], (object)read.ETag);
    }

    [Fact]
    public async Task CheckReady_ReachableStore_Completes()
    {
        await Store.CheckReadyAsync(Timeout);
    }

    /// <summary>The task's result (boxed), or null when it failed its condition; any other failure fails the test.</summary>
    protected static async Task<object?> TryAsync<T>(Func<Task<T>> action)
    {
        await Task.Yield();
        try
        {
            return await action();
        }
        catch (BlobConditionFailedException)
        {
            return default;
        }
    }
}
