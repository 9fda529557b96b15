using Azure.Storage.Blobs;
using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Tests.Persistence.Blobs;

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>
{
    public const string Name = "Azurite";
}

/// <summary>The contract suite on Azurite, each test on a fresh container.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStoreTests(Azurite azurite) : BlobStoreContractTests
{
    private BlobContainerClient? container;

    protected override Task<IBlobStore> CreateEmptyStoreAsync()
    {
        var name = "test-" + Guid.NewGuid().ToString("N");
        container = new BlobContainerClient(azurite.ConnectionString, name);
        return Task.FromResult<IBlobStore>(AzureBlobStore.Create(azurite.ConnectionString, name));
    }

    protected override async Task DeleteStoreAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await container!.DeleteIfExistsAsync(cancellationToken: timeout.Token);
    }

    [Fact]
    public async Task FirstUse_CreatesTheContainer()
    {
        Assert.False(await container!.ExistsAsync(Timeout));

        await Store.WriteAsync("a/b", Bytes("x"), BlobWriteCondition.None, Timeout);

        Assert.True(await container.ExistsAsync(Timeout));
    }

    [Fact]
    public async Task CheckReady_ServiceUnreachable_Throws()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var unreachable = AzureBlobStore.Create(Azurite.ConnectionStringFor(port), "lessonstudy");

        await Assert.ThrowsAnyAsync<Exception>(() => unreachable.CheckReadyAsync(Timeout));
    }
}
