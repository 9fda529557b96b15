using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Features.Library;

public static class LibrarySetup
{
    /// <summary>The 优秀教案库 reads plans and versions through their own stores; it keeps nothing of its own.</summary>
    public static WebApplicationBuilder AddLibrary(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapLibrary(this WebApplication app)
    {
        var library = app.MapGroup(LibraryRoutes.Library).WithTags("Library");
        library.MapGet("", LibraryEndpoints.SearchAsync).WithName("SearchLibrary");
        library.MapGet("/{planId}", LibraryEndpoints.GetAsync).WithName("GetLibraryPlan");
        return app;
    }
}
