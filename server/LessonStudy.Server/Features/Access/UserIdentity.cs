using System.Security.Claims;

namespace LessonStudy.Server.Features.Access;

/// <summary>
/// Who is asking, taken from the validated token only. <see cref="Id"/> is stable per person: the Entra
/// object ID (<c>oid</c>) for Entra tokens, the <c>sub</c> the development sign-in issued otherwise.
/// </summary>
public sealed record UserIdentity(string Id, string DisplayName)
{
    public const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>The caller, or null when the principal is not authenticated or carries no user ID.</summary>
    public static UserIdentity? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirstValue("oid")
            ?? principal.FindFirstValue(ObjectIdClaim)
            ?? principal.FindFirstValue("sub")
            ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue(ClaimTypes.Name) ?? id;
        return new UserIdentity(id, name);
    }
}
