namespace LessonStudy.Server.Features.Persistence.Blobs;

/// <summary>
/// A blob's bytes and the ETag they were read at. For an append blob, <see cref="BlockCount"/> is how many
/// blocks it holds (the document log rolls over before Azure's 50,000-block limit); 0 for a block blob.
/// </summary>
public sealed record BlobContent(byte[] Data, string ETag)
{
    public int BlockCount { get; init; }
}

/// <summary>One listed blob.</summary>
public sealed record BlobEntry(string Name, long Length);

/// <summary>The state of an append blob after an append: its length and how many blocks it holds.</summary>
public readonly record struct BlobAppendResult(long Length, int BlockCount);

/// <summary>When a whole-blob write may land.</summary>
public sealed record BlobWriteCondition
{
    public static readonly BlobWriteCondition None = new();
    public static readonly BlobWriteCondition IfNotExists = new() { MustNotExist = true };

    public bool MustNotExist { get; private init; }
    public string? IfMatchETag { get; private init; }

    public static BlobWriteCondition IfMatch(string etag) => new() { IfMatchETag = etag };
}

/// <summary>A write's condition (ETag, absence, append position) did not hold; nothing was written.</summary>
public sealed class BlobConditionFailedException : Exception
{
    public BlobConditionFailedException() { }
    public BlobConditionFailedException(string message) : base(message) { }
    public BlobConditionFailedException(string message, Exception inner) : base(message, inner) { }
}
