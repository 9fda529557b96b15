namespace LessonStudy.Server.Features.Persistence.Blobs;

/// <summary>
/// The small slice of blob storage the server needs, implemented by Azure Blob Storage and by a local
/// folder; both pass one contract suite (<c>tests/LessonStudy.Server.Tests/Persistence/Blobs</c>).
/// Names are '/'-separated paths checked by <see cref="BlobNames"/>; they are built only from
/// validated, server-generated IDs.
/// </summary>
public interface IBlobStore
{
    /// <summary>The whole blob with its ETag, or null when it does not exist.</summary>
    Task<BlobContent?> ReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a whole blob atomically: readers see the old content or the new, never a mix.
    /// Throws <see cref="BlobConditionFailedException"/> when <paramref name="condition"/> does not hold.
    /// Returns the new ETag.
    /// </summary>
    Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, BlobWriteCondition condition, CancellationToken cancellationToken);

    /// <summary>
    /// Appends one block to an append blob, creating it when <paramref name="expectedLength"/> is 0 and it
    /// does not exist. The block lands only if the blob's length is exactly <paramref name="expectedLength"/>
    /// (Azure's append-position condition), so a retried append never lands twice; otherwise throws
    /// <see cref="BlobConditionFailedException"/>. Durable when the task completes.
    /// </summary>
    Task<BlobAppendResult> AppendAsync(string name, ReadOnlyMemory<byte> block, long expectedLength, CancellationToken cancellationToken);

    /// <summary>Blobs whose names start with <paramref name="prefix"/>, in ordinal name order.</summary>
    IAsyncEnumerable<BlobEntry> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Deletes a blob; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);

    /// <summary>Throws when the store cannot be reached (the readiness probe).</summary>
    Task CheckReadyAsync(CancellationToken cancellationToken);
}
