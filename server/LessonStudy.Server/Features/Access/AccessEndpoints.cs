using System.Security.Claims;
using LessonStudy.Contracts.Access;
using LessonStudy.Server.Features.Access.Entra;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LessonStudy.Server.Features.Access;

/// <summary><c>GET /api/me</c> and <c>GET /api/auth/config</c>.</summary>
public static class AccessEndpoints
{
    public static Results<Ok<MeResponse>, UnauthorizedHttpResult> GetMe(ClaimsPrincipal principal) =>
        UserIdentity.From(principal) is { } user
            ? TypedResults.Ok(new MeResponse(user.Id, user.DisplayName))
            : TypedResults.Unauthorized();

    public static Ok<AuthConfigResponse> GetAuthConfig(ActiveSignIn signIn, IServiceProvider services) =>
        TypedResults.Ok(signIn.Mode == SignInMode.Entra
            ? services.GetRequiredService<EntraClientSettings>().ToResponse()
            : new AuthConfigResponse(AuthModes.Dev, null, null, null));
}
