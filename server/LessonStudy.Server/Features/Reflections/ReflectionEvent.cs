namespace LessonStudy.Server.Features.Reflections;

/// <summary><c>data</c> of <c>reflection.saved</c> on the analysis stream (docs/storage.md): the revision saved and its text.</summary>
public sealed record ReflectionEvent(int Revision, string Markdown);
