using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// One document's log on a blob store: the latest readable snapshot, then append-blob segments of
/// checksummed records, one writer per node (docs/storage.md). Not thread-safe by design: the room calls
/// it from its single writer loop. Load, append and compaction live in the partial files beside this one.
/// </summary>
internal sealed partial class DocumentLog : IDocumentLog
{
    private readonly IBlobStore store;
    private readonly DocumentBlobNames names;
    private readonly string documentId;
    private readonly string nodeId;
    private readonly DocumentLogOptions options;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly StorageMetrics? metrics;

    private bool loaded;

    /// <summary>Every segment this instance has read or written (relative name), with its good length.</summary>
    private Dictionary<string, long> segmentLengths = new(StringComparer.Ordinal);

    /// <summary>The highest snapshot number seen, readable or not: the next snapshot is numbered above it.</summary>
    private long highestSnapshot;

    private long nextSegmentNumber = 1;

    /// <summary>This node's segment that appends go to; null when the next append must start a fresh one.</summary>
    private ActiveSegment? active;

    public DocumentLog(
        IBlobStore store, string documentId, string nodeId, DocumentLogOptions options, ILogger logger, TimeProvider time, StorageMetrics? metrics)
    {
        this.store = store;
        this.documentId = documentId;
        this.nodeId = nodeId;
        this.options = options;
        this.logger = logger;
        this.time = time;
        this.metrics = metrics;
        names = new DocumentBlobNames(documentId);
    }

    public long UncompactedBytes { get; private set; }

    private void EnsureLoaded()
    {
        if (!loaded)
        {
            throw new InvalidOperationException($"The log of document {documentId} must be loaded before it is written.");
        }
    }

    private sealed class ActiveSegment(string relativeName, long length, int blocks)
    {
        public string RelativeName { get; } = relativeName;

        public long Length { get; set; } = length;

        public int Blocks { get; set; } = blocks;
    }
}
