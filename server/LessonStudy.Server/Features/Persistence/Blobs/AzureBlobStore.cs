using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace LessonStudy.Server.Features.Persistence.Blobs;

/// <summary>
/// Azure Blob Storage (or Azurite): block blobs for whole writes, append blobs for the document log.
/// Conditions are the service's own (If-None-Match: *, If-Match, the append-position condition), so
/// they hold across server nodes. The container is created on first use.
/// </summary>
public sealed class AzureBlobStore : IBlobStore
{
    private readonly BlobContainerClient container;
    private readonly Lock containerGate = new();
    private Task? containerCreation;

    public AzureBlobStore(BlobContainerClient container)
    {
        this.container = container;
    }

    /// <summary>A store on <paramref name="containerName"/> of the account in <paramref name="connectionString"/>.</summary>
    public static AzureBlobStore Create(string connectionString, string containerName)
    {
        var options = new BlobClientOptions();
        // Fail in seconds, not minutes: the log has its own retries and the readiness probe must answer.
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return new AzureBlobStore(new BlobContainerClient(connectionString, containerName, options));
    }

    public async Task<BlobContent?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            var response = await container.GetBlobClient(BlobNames.Check(name)).DownloadContentAsync(cancellationToken);
            var details = response.Value.Details;
            return new BlobContent(response.Value.Content.ToArray(), details.ETag.ToString())
            {
                BlockCount = details.BlobType == BlobType.Append ? details.BlobCommittedBlockCount : 0,
            };
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, BlobWriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var blob = container.GetBlockBlobClient(BlobNames.Check(name));
        await EnsureContainerAsync(cancellationToken);
        var conditions = new BlobRequestConditions();
        if (condition.MustNotExist)
        {
            conditions.IfNoneMatch = ETag.All;
        }

        if (condition.IfMatchETag is { } etag)
        {
            conditions.IfMatch = new ETag(etag);
        }

        try
        {
            // One Put Blob request: the new content appears whole or not at all.
            using var stream = new ReadOnlyMemoryStream(content);
            var response = await blob.UploadAsync(stream, new BlobUploadOptions { Conditions = conditions }, cancellationToken);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (IsConditionFailure(e) || (condition.IfMatchETag is not null && e.Status == 404))
        {
            throw new BlobConditionFailedException($"The write condition on '{name}' did not hold ({e.ErrorCode}).", e);
        }
    }

    public async Task<BlobAppendResult> AppendAsync(string name, ReadOnlyMemory<byte> block, long expectedLength, CancellationToken cancellationToken)
    {
        if (block.IsEmpty)
        {
            throw new ArgumentException("An appended block must not be empty.", nameof(block));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(expectedLength);
        var blob = container.GetAppendBlobClient(BlobNames.Check(name));
        await EnsureContainerAsync(cancellationToken);
        try
        {
            if (expectedLength == 0)
            {
                await CreateIfMissingAsync(blob, cancellationToken);
            }

            using var stream = new ReadOnlyMemoryStream(block);
            var response = await blob.AppendBlockAsync(
                stream,
                new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = expectedLength } },
                cancellationToken);
            return new BlobAppendResult(expectedLength + block.Length, response.Value.BlobCommittedBlockCount);
        }
        catch (RequestFailedException e) when (IsConditionFailure(e) || e.Status == 404)
        {
            throw new BlobConditionFailedException($"Append to '{name}' at {expectedLength} did not hold ({e.ErrorCode}).", e);
        }
    }

    public async IAsyncEnumerable<BlobEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        BlobNames.Check(prefix, allowPrefix: true);
        await EnsureContainerAsync(cancellationToken);
        // The service lists in UTF-8 byte order, which is ordinal order for the ASCII names allowed here.
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix.Length == 0 ? null : prefix }, cancellationToken))
        {
            if (BlobNames.IsValid(item.Name))
            {
                yield return new BlobEntry(item.Name, item.Properties.ContentLength ?? 0);
            }
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(BlobNames.Check(name));
        await EnsureContainerAsync(cancellationToken);
        var response = await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        return response.Value;
    }

    public async Task CheckReadyAsync(CancellationToken cancellationToken)
    {
        // A real round trip to the service, every time, not only the first.
        await EnsureContainerAsync(cancellationToken);
        await container.GetPropertiesAsync(cancellationToken: cancellationToken);
    }

    private static async Task CreateIfMissingAsync(AppendBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.CreateAsync(
                new AppendBlobCreateOptions { Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
        }
        catch (RequestFailedException e) when (IsConditionFailure(e))
        {
            // It exists (e.g. an earlier attempt created it): the append-position condition decides.
        }
    }

    /// <summary>Creates the container once; a failed attempt is forgotten so the next call tries again.</summary>
    private Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        lock (containerGate)
        {
            if (containerCreation is null || containerCreation.IsFaulted || containerCreation.IsCanceled)
            {
                containerCreation = container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            }

            return containerCreation.WaitAsync(cancellationToken);
        }
    }

    private static bool IsConditionFailure(RequestFailedException e) => e.Status is 409 or 412;
}
