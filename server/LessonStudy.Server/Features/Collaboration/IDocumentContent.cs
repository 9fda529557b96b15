namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// The live content of documents for the rest of the server (versions, plan creation), read and written
/// through the document's room so that it never races with co-editing. A document not open is loaded
/// for the call and unloaded later by the janitor.
/// </summary>
public interface IDocumentContent
{
    /// <summary>The document as it is now: its whole state and its Markdown (root Y.Text <c>content</c>).</summary>
    Task<DocumentSnapshot> ReadAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends <paramref name="markdown"/> to the root text <c>content</c> as an edit of the server,
    /// durable when the task completes (used to fill a new plan from its template or from a 定稿 plan).
    /// </summary>
    Task AppendMarkdownAsync(string documentId, string markdown, CancellationToken cancellationToken);
}

/// <summary>
/// A document at one moment: <see cref="State"/> is a v1 update of everything (decodable by yjs and by
/// <c>lessonstudy crdt</c>); <see cref="Markdown"/> the root text; <see cref="Edits"/> who changed how much; <see cref="Runs"/> which CRDT client ID wrote each
/// part of that text, for attribution (map client IDs to users with <see cref="IClientAttribution"/>).
/// </summary>
public sealed record DocumentSnapshot(
    string DocumentId,
    byte[] State,
    string Markdown,
    IReadOnlyList<TextRun> Runs,
    IReadOnlyList<UserEdits> Edits);

/// <summary>A run of the current text written under one CRDT client ID (UTF-16 offsets).</summary>
public sealed record TextRun(int Start, int Length, ulong ClientId);

/// <summary>
/// Characters one user inserted into and deleted from the root text since the document was created
/// (cumulative; the difference between two snapshots is what they changed in between).
/// </summary>
public sealed record UserEdits(string UserId, long Inserted, long Deleted);
