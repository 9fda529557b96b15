using System.Security.Claims;

namespace LessonStudy.Server.Features.Access;

/// <summary>
/// Who is asking, taken from the validated token only. <see cref="Id"/> is stable per person: the Entra
/// object ID (<c>oid</c>) for Entra tokens, the <c>sub</c> the development sign-in issued otherwise.
/// </summary>
/// <remarks>
/// JwtBearer maps inbound claim types by default (Identity.Web keeps that default): <c>oid</c> arrives as
/// <see cref="ObjectIdClaim"/>, <c>sub</c> as <see cref="ClaimTypes.NameIdentifier"/>. Both spellings are
/// read, so the answer does not depend on that switch. <c>oid</c> wins over <c>sub</c> because Entra's
/// <c>sub</c> is pairwise (differs per application) while <c>oid</c> names the person tenant-wide.
/// </remarks>
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

        var name = principal.FindFirstValue("name")
            ?? principal.FindFirstValue(ClaimTypes.Name)
            ?? principal.FindFirstValue("preferred_username")
            ?? id;
        return new UserIdentity(id, name);
    }
}
