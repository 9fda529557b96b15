namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>A document's stored state could not be read completely; it must not be served or written.</summary>
public sealed class DocumentLoadException : Exception
{
    public DocumentLoadException() { }
    public DocumentLoadException(string message) : base(message) { }
    public DocumentLoadException(string message, Exception inner) : base(message, inner) { }
}
