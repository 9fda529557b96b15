using Azure.Storage.Blobs;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Tests.Persistence.Blobs;

namespace LessonStudy.Server.Tests.Persistence.Log;

/// <summary>The log suite on Azurite, each test on a fresh container.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureDocumentLogTests(Azurite azurite) : DocumentLogContractTests
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
}
