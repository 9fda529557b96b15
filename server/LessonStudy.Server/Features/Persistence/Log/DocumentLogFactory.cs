using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>Opens document logs on one blob store, as one server node.</summary>
public sealed class DocumentLogFactory : IDocumentLogFactory
{
    private readonly IBlobStore store;
    private readonly string nodeId;
    private readonly DocumentLogOptions options;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly StorageMetrics? metrics;

    public DocumentLogFactory(
        IBlobStore store, string nodeId, DocumentLogOptions options, ILoggerFactory loggerFactory, TimeProvider time, StorageMetrics? metrics)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (!StorageNodeId.IsValid(nodeId))
        {
            throw new ArgumentException($"'{nodeId}' is not a valid node ID.", nameof(nodeId));
        }

        var problems = DocumentLogOptions.Validate(options).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        this.store = store;
        this.nodeId = nodeId;
        this.options = options;
        this.time = time;
        this.metrics = metrics;
        logger = loggerFactory.CreateLogger<DocumentLog>();
    }

    public IDocumentLog Open(string documentId) =>
        ResourceId.IsValid(documentId)
            ? new DocumentLog(store, documentId, nodeId, options, logger, time, metrics)
            : throw new ArgumentException($"'{documentId}' is not a valid document ID.", nameof(documentId));
}
