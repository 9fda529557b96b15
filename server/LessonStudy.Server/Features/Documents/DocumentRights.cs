namespace LessonStudy.Server.Features.Documents;

/// <summary>What one user may do with one document now. Evaluated by the server only.</summary>
public sealed record DocumentRights(string Stage, int Round, bool CanEdit, bool CanComment);
