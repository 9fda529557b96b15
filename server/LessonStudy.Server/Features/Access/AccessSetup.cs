namespace LessonStudy.Server.Features.Access;

public static class AccessSetup
{
    /// <summary>Sign-in: Entra ID through Microsoft.Identity.Web, or the development sign-in.</summary>
    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication UseAccess(this WebApplication app)
    {
        return app;
    }

    public static WebApplication MapAccess(this WebApplication app)
    {
        return app;
    }
}
