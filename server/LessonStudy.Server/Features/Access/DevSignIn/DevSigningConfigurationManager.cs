using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace LessonStudy.Server.Features.Access.DevSignIn;

/// <summary>
/// Hands JwtBearer the development issuer and key the way an identity provider's metadata would. JwtBearer
/// asks it asynchronously on the first request, so the key can come from the blob store without blocking
/// startup; a store that is down at that moment fails that request (401), not the server.
/// </summary>
public sealed class DevSigningConfigurationManager(DevSigningKeyStore keys) : IConfigurationManager<OpenIdConnectConfiguration>
{
    private OpenIdConnectConfiguration? configuration;

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        if (configuration is { } known)
        {
            return known;
        }

        var key = await keys.GetKeyAsync(cancel).ConfigureAwait(false);
        var fresh = new OpenIdConnectConfiguration { Issuer = DevTokenSettings.Issuer };
        fresh.SigningKeys.Add(key);
        configuration = fresh;
        return fresh;
    }

    public void RequestRefresh()
    {
        // The key never changes while the server runs.
    }
}
