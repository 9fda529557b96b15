namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>Opens the log of one document (ID already validated) on the configured blob store.</summary>
public interface IDocumentLogFactory
{
    IDocumentLog Open(string documentId);
}
