using LessonStudy.Client.Connection;
using LessonStudy.Contracts.Collaboration;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Sync;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace LessonStudy.Client.Documents;

/// <summary>
/// One open document: an engine <see cref="Doc"/> kept in sync with the server both ways, its
/// awareness, and the bookkeeping that makes local edits durable across dropped connections.
/// <para>
/// Threading: the engine document is not thread-safe, so every access goes through this session's
/// lock. Change the document with <see cref="Edit(Action{Doc})"/> and read it with
/// <see cref="Read{T}(Func{Doc, T})"/>; never keep the <see cref="Doc"/> and touch it elsewhere.
/// Remote updates are applied under the same lock, so document observers, <see cref="AwarenessChanged"/>
/// and <see cref="UpdateAcknowledged"/> all run while it is held: keep handlers short and never wait
/// in them for another session's work.
/// </para>
/// </summary>
public sealed partial class DocumentSession : IAsyncDisposable
{
    /// <summary>The root <c>Y.Text</c> that holds a lesson plan's Markdown (DESIGN.md).</summary>
    public const string ContentRoot = "content";

    private readonly object gate = new();
    private readonly Doc doc;
    private readonly Awareness awareness;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Action<DocumentSession> onClosed;
    private readonly RemoteOrigin remoteOrigin;
    private bool closed;

    internal DocumentSession(string documentId, Doc doc, TimeProvider time, ILogger logger, Action<DocumentSession> onClosed)
    {
        DocumentId = documentId;
        this.doc = doc;
        this.time = time;
        this.logger = logger;
        this.onClosed = onClosed;
        remoteOrigin = new RemoteOrigin(documentId);
        awareness = new Awareness(doc, time);

        // A fresh awareness holds {} at clock 0, and y-protocols peers ignore a first state with clock 0
        // (only a newer clock replaces the unknown one): start at clock 1 so our presence shows at once.
        awareness.SetLocalState(new JsObject());
        Rights = new JoinResult(documentId, DocumentStages.Document, 0, false, false);
        doc.Update += OnDocumentUpdate;
        awareness.Update += OnAwarenessUpdate;
        awareness.Change += OnAwarenessChange;
    }

    public string DocumentId { get; }

    /// <summary>The document's (and awareness') client ID.</summary>
    public ulong ClientId => doc.ClientID;

    /// <summary>The origin of every transaction that applies server data; anything else counts as a local edit.</summary>
    public object RemoteOrigin => remoteOrigin;

    /// <summary>The origin of the transactions <see cref="Edit(Action{Doc})"/> opens.</summary>
    public object LocalOrigin => this;

    /// <summary>What the server says we may do, from the last join or <c>RightsChanged</c>. The server enforces it; this only mirrors it.</summary>
    public JoinResult Rights { get; private set; }

    /// <summary>Raised when the server reports new rights for this document (sharing or stage changes).</summary>
    public event Action<JoinResult>? RightsChanged;

    /// <summary>Changes the document in one local transaction; the resulting update is sent to the server.</summary>
    public void Edit(Action<Doc> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            doc.Transact(_ => edit(doc), LocalOrigin);
        }
    }

    /// <summary>Reads the document under the session's lock.</summary>
    public T Read<T>(Func<Doc, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (gate)
        {
            return read(doc);
        }
    }

    /// <summary>The text of the <see cref="ContentRoot"/> root.</summary>
    public string ReadContent() => Read(d => d.GetText(ContentRoot).ToString());

    /// <summary>
    /// Leaves the document: tells the others our awareness state is gone and closes it on the
    /// server. Unacknowledged edits are not waited for: call <see cref="WhenSavedAsync"/> first
    /// when they must be durable. The <see cref="Doc"/> stays readable through <see cref="Read{T}"/>.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        LiveConnection? live;
        byte[] goodbye;
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            closed = true;
            live = attached;
            attached = null;
            doc.Update -= OnDocumentUpdate;
            awareness.Update -= OnAwarenessUpdate;
            awareness.SetLocalState(null);
            goodbye = Frames.HubFrames.Awareness(awareness, [ClientId]);
            PulseSettled();
        }

        onClosed(this);
        if (live is { IsClosed: false })
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await live.Hub.InvokeAsync(CollabRoutes.SendMessage, DocumentId, goodbye, timeout.Token).ConfigureAwait(false);
                await live.Hub.InvokeAsync(CollabRoutes.LeaveDocument, DocumentId, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The connection closing removes our awareness and membership anyway.
                ClientLog.LeaveFailed(logger, DocumentId, ex);
            }
        }
    }

    /// <summary>Forgets a session whose first join failed; nothing was sent for it.</summary>
    internal void Abandon()
    {
        lock (gate)
        {
            closed = true;
            attached = null;
            doc.Update -= OnDocumentUpdate;
            awareness.Update -= OnAwarenessUpdate;
        }
    }

    internal void OnRights(JoinResult rights)
    {
        Rights = rights;
        RightsChanged?.Invoke(rights);
    }
}
