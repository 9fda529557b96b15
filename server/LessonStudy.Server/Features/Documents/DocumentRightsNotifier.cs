namespace LessonStudy.Server.Features.Documents;

/// <summary>
/// Tells every <see cref="IDocumentRightsListener"/> that a document's rights changed. The change is already
/// stored when this runs, so a failing listener is logged, not reported to the caller, and the request's
/// own cancellation does not stop the others from hearing about it.
/// </summary>
public sealed class DocumentRightsNotifier(IEnumerable<IDocumentRightsListener> listeners, ILogger<DocumentRightsNotifier> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task RightsChangedAsync(string documentId)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.RightsChangedAsync(documentId, timeout.Token).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // One listener's failure must not hide the change from the rest.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                DocumentsLog.RightsListenerFailed(logger, ex, documentId);
            }
        }
    }
}
