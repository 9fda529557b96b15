using LessonStudy.Contracts.Access;

namespace LessonStudy.Server.Features.Access.Entra;

/// <summary>
/// What the web client needs to sign in with MSAL, derived from the <c>AzureAd</c> section (no secrets):
/// the SPA's client ID (<c>AzureAd:SpaClientId</c>, else <c>AzureAd:ClientId</c>), the tenant's authority,
/// and the scopes to ask for: <c>AzureAd:Scopes</c> (space-separated; short names are prefixed with the
/// App ID URI, which is <c>AzureAd:Audience</c> when that is a URI, else <c>api://{ClientId}</c>), or
/// <c>{App ID URI}/.default</c> when none are configured.
/// </summary>
public sealed record EntraClientSettings(string ClientId, string Authority, IReadOnlyList<string> Scopes)
{
    public AuthConfigResponse ToResponse() => new(AuthModes.Entra, ClientId, Authority, Scopes);

    public static EntraClientSettings From(IConfigurationSection azureAd)
    {
        var apiClientId = azureAd["ClientId"] ?? throw new InvalidOperationException("AzureAd:ClientId is required.");
        var instance = (azureAd["Instance"] ?? "https://login.microsoftonline.com/").TrimEnd('/');
        var tenant = azureAd["TenantId"] ?? "organizations";
        var audience = azureAd["Audience"];
        var appIdUri = audience is not null && audience.Contains("://", StringComparison.Ordinal) ? audience.TrimEnd('/') : $"api://{apiClientId}";

        var configured = azureAd.GetSection("Scopes") is { } section && section.GetChildren().Any()
            ? section.GetChildren().Select(c => c.Value ?? string.Empty)
            : (azureAd["Scopes"] ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var scopes = configured
            .Where(s => s.Length > 0)
            .Select(s => s.Contains('/', StringComparison.Ordinal) ? s : $"{appIdUri}/{s}")
            .ToList();
        if (scopes.Count == 0)
        {
            scopes.Add($"{appIdUri}/.default");
        }

        return new EntraClientSettings(azureAd["SpaClientId"] ?? apiClientId, $"{instance}/{tenant}", scopes);
    }
}
