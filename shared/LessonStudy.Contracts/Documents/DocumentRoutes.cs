namespace LessonStudy.Contracts.Documents;

public static class DocumentRoutes
{
    public const string Documents = "/api/documents";

    public static string Members(string documentId) => $"/api/documents/{Uri.EscapeDataString(documentId)}/members";
}
