using Microsoft.AspNetCore.Authentication;
using Microsoft.Identity.Web;

namespace LessonStudy.Server.Features.Access.Entra;

/// <summary>
/// Entra ID through Microsoft.Identity.Web: it validates issuer (tenant), audience (ClientId or App ID URI),
/// signature (keys from the tenant's metadata), lifetime, and rejects tokens with neither <c>scp</c> nor
/// <c>roles</c>. Our only addition, the hub's query-string token, is chained on in <see cref="AccessSetup"/>.
/// </summary>
public static class EntraSignInSetup
{
    public static void AddEntraSignIn(this WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        authentication.AddMicrosoftIdentityWebApi(builder.Configuration.GetSection(SignInChoice.AzureAdSection));
        builder.Services.AddSingleton(EntraClientSettings.From(builder.Configuration.GetSection(SignInChoice.AzureAdSection)));
    }
}
