using LessonStudy.Contracts.Collaboration;
using Microsoft.AspNetCore.Authorization;

namespace LessonStudy.Server.Features.Access;

/// <summary>
/// The fallback policy's requirement: requests under <c>/api</c> and the hub need a signed-in caller.
/// Other paths (the web client's files and its client-side routes) are public, because the browser must
/// load the app before it can sign in. Endpoints that must be anonymous under <c>/api</c>
/// (<c>/api/dev/token</c>, <c>/api/auth/config</c>) say so with AllowAnonymous.
/// </summary>
/// <remarks>
/// A path rule instead of a plain "authenticated user" fallback: the fallback policy also applies to
/// requests that match no endpoint (static files are served by middleware), and those must stay public.
/// An unknown <c>/api</c> route still answers 401 to an anonymous caller, so routes do not leak.
/// </remarks>
public sealed class SignedInCallerRequirement : AuthorizationHandler<SignedInCallerRequirement>, IAuthorizationRequirement
{
    public static readonly PathString ApiPath = new("/api");
    public static readonly PathString HubsPath = new(CollabRoutes.HubPath);

    public static bool IsProtected(PathString path) =>
        path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(HubsPath, StringComparison.OrdinalIgnoreCase);

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInCallerRequirement requirement)
    {
        if (UserIdentity.From(context.User) is not null
            || context.Resource is HttpContext http && !IsProtected(http.Request.Path))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
