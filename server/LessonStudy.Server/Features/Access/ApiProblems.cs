using Microsoft.AspNetCore.Diagnostics;

namespace LessonStudy.Server.Features.Access;

/// <summary>
/// Status-code pages for the API only: an error answer under <c>/api</c> that has no body gets an RFC 9457
/// problem body, so that a client always has something to show ("Bad Request" for JSON that does not bind).
/// Everything else (the hub, the web client) keeps its own answers.
/// </summary>
public static class ApiProblems
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments(SignedInCallerRequirement.ApiPath, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http }).ConfigureAwait(false);
    }
}
