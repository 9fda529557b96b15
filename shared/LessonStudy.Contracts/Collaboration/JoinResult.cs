using System.Runtime.Serialization;

namespace LessonStudy.Contracts.Collaboration;

/// <summary>
/// What the caller may do with a document right now. <see cref="Stage"/> is
/// <see cref="DocumentStages.Document"/> for a plain shared document; lesson plans use their stage.
/// <see cref="CanRead"/> is false only in a <c>RightsChanged</c> telling a connection that it lost access
/// (the document is then closed for it); a read-only stage such as 定稿 keeps it true.
/// The data-contract names keep the keys camelCase in both hub protocols (MessagePack maps use them;
/// the JSON protocol is camelCase already), so every client reads the same names.
/// </summary>
[DataContract]
public sealed record JoinResult(
    [property: DataMember(Name = "documentId")] string DocumentId,
    [property: DataMember(Name = "stage")] string Stage,
    [property: DataMember(Name = "round")] int Round,
    [property: DataMember(Name = "canEdit")] bool CanEdit,
    [property: DataMember(Name = "canComment")] bool CanComment,
    [property: DataMember(Name = "canRead")] bool CanRead = true);
