namespace LessonStudy.Server.Features.Access;

/// <summary>Which sign-in this server accepts. Chosen once at startup by <see cref="SignInChoice"/>.</summary>
public enum SignInMode
{
    /// <summary>The development sign-in (<c>POST /api/dev/token</c>); never in Production.</summary>
    Development,

    /// <summary>Microsoft Entra ID through Microsoft.Identity.Web, from the <c>AzureAd</c> section.</summary>
    Entra,
}
