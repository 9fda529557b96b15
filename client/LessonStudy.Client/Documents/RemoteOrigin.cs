namespace LessonStudy.Client.Documents;

/// <summary>
/// The transaction origin of everything the client applies from the server. A document update with any
/// other origin is a local change and is sent; use <see cref="DocumentSession.RemoteOrigin"/> to tell
/// them apart in your own <c>Doc.Update</c> or observer handlers.
/// </summary>
public sealed class RemoteOrigin
{
    internal RemoteOrigin(string documentId) => DocumentId = documentId;

    public string DocumentId { get; }

    public override string ToString() => $"remote:{DocumentId}";
}
