namespace LessonStudy.Server.Features.Persistence;

public static class PersistenceSetup
{
    /// <summary>The blob store (Azure or local folder) and the document logs on it.</summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
