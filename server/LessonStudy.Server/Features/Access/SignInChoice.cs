namespace LessonStudy.Server.Features.Access;

/// <summary>
/// Decides the sign-in from configuration and environment (DESIGN.md, development sign-in contract):
/// an <c>AzureAd</c> section with a ClientId → Entra; otherwise the development sign-in, which Production
/// refuses: a production server without real sign-in must not start at all rather than run open.
/// </summary>
public static class SignInChoice
{
    public const string AzureAdSection = "AzureAd";

    public static SignInMode Decide(IConfiguration configuration, IHostEnvironment environment)
    {
        var azureAd = configuration.GetSection(AzureAdSection);
        if (!string.IsNullOrWhiteSpace(azureAd["ClientId"]))
        {
            return SignInMode.Entra;
        }

        if (azureAd.Exists())
        {
            // A half-filled section is a mistake, not a wish for the development sign-in.
            throw new InvalidOperationException(
                $"The '{AzureAdSection}' section is present but has no ClientId. Give Instance, TenantId and ClientId " +
                "for Entra ID sign-in, or remove the section to use the development sign-in (not in Production).");
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                $"Sign-in is not configured: in Production the server needs an '{AzureAdSection}' section " +
                "(Instance, TenantId, ClientId) for Entra ID. The development sign-in is never available in Production.");
        }

        return SignInMode.Development;
    }
}
