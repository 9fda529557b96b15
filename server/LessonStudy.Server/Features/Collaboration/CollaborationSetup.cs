namespace LessonStudy.Server.Features.Collaboration;

public static class CollaborationSetup
{
    /// <summary>The collaboration hub and its rooms.</summary>
    public static WebApplicationBuilder AddCollaboration(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication MapCollaboration(this WebApplication app)
    {
        return app;
    }
}
