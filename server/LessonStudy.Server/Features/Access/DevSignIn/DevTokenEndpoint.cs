using LessonStudy.Contracts.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Access.DevSignIn;

/// <summary><c>POST /api/dev/token</c>: anyone may claim any name; that is the point of a development sign-in.</summary>
public static class DevTokenEndpoint
{
    public static async Task<Results<Ok<DevTokenResponse>, ValidationProblem>> IssueAsync(
        DevTokenRequest? request, DevTokenIssuer issuer, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var userId = UserText.Normalize(request?.UserId, UserText.MaxUserIdLength, out var userIdError);
        if (userId is null)
        {
            errors["userId"] = [$"userId {userIdError}"];
        }

        var displayName = UserText.Normalize(request?.DisplayName, UserText.MaxDisplayNameLength, out var nameError);
        if (displayName is null)
        {
            errors["displayName"] = [$"displayName {nameError}"];
        }

        if (userId is null || displayName is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The sign-in request is not valid.");
        }

        var token = await issuer.IssueAsync(userId, displayName, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new DevTokenResponse(token));
    }
}
