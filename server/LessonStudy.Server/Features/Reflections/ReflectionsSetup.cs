namespace LessonStudy.Server.Features.Reflections;

public static class ReflectionsSetup
{
    /// <summary>课后反思 and the round summary (needs <c>AddComments</c> and <c>AddObservations</c>).</summary>
    public static WebApplicationBuilder AddReflections(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReflectionStore>();
        return builder;
    }

    public static WebApplication MapReflections(this WebApplication app)
    {
        var plan = app.MapGroup("/api/plans/{id}").WithTags("Reflections");
        plan.MapGet("/reflections/{round:int}", ReflectionEndpoints.GetAsync).WithName("GetReflection");
        plan.MapPut("/reflections/{round:int}", ReflectionEndpoints.PutAsync).WithName("SaveReflection");
        plan.MapGet("/rounds/{round:int}/summary", RoundSummaryEndpoints.GetAsync).WithName("GetRoundSummary");
        return app;
    }
}
