namespace LessonStudy.Contracts.Documents;

/// <summary>Body of <c>POST /api/documents</c>.</summary>
public sealed record CreateDocumentRequest(string? Title);

/// <summary>Answer of <c>POST /api/documents</c> (201).</summary>
public sealed record CreateDocumentResponse(string Id);

/// <summary>Body of <c>POST /api/documents/{id}/members</c>.</summary>
public sealed record AddMemberRequest(string UserId, bool CanEdit);

/// <summary>One document the caller can open, as <c>GET /api/documents</c> lists them.</summary>
public sealed record DocumentSummary(string Id, string Title, string OwnerId, bool CanEdit, DateTimeOffset CreatedAt);
