namespace LessonStudy.Server.Features.Observations;

public static class ObservationsSetup
{
    /// <summary>听课记录 (needs <c>AddComments</c> for the shared plan gate, blobs and events).</summary>
    public static WebApplicationBuilder AddObservations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ObservationStore>();
        builder.Services.AddSingleton<ObservationChange>();
        return builder;
    }

    public static WebApplication MapObservations(this WebApplication app)
    {
        var observations = app.MapGroup("/api/plans/{id}/observations").WithTags("Observations");
        observations.MapGet("", ObservationEndpoints.ListAsync).WithName("ListObservations");
        observations.MapGet("/mine", ObservationEndpoints.MineAsync).WithName("GetMyObservation");
        observations.MapPost("/mine/start", ObservationNoteEndpoints.StartAsync).WithName("StartLessonClock");
        observations.MapPost("/mine/notes", ObservationNoteEndpoints.AddNoteAsync).WithName("AddObservationNote");
        observations.MapPut("/mine/notes/{noteId}", ObservationNoteEndpoints.EditNoteAsync).WithName("EditObservationNote");
        observations.MapDelete("/mine/notes/{noteId}", ObservationNoteEndpoints.DeleteNoteAsync).WithName("DeleteObservationNote");
        observations.MapPut("/mine/summary", ObservationNoteEndpoints.SummaryAsync).WithName("SaveObservationSummary");
        app.MapGet("/api/users/{userId}/observations/count", ObservationCountEndpoints.CountAsync).WithTags("Observations").WithName("CountObservedLessons");
        return app;
    }
}
