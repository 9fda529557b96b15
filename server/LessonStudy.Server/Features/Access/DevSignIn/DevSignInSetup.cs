using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace LessonStudy.Server.Features.Access.DevSignIn;

/// <summary>The development sign-in: one JwtBearer scheme that validates the tokens <c>POST /api/dev/token</c> issues.</summary>
public static class DevSignInSetup
{
    public static void AddDevSignIn(this WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        // Fail at startup, not at the first sign-in, when an explicit key is unusable.
        _ = DevSigningKeyStore.ConfiguredKeyBytes(builder.Configuration);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DevSigningKeyStore>();
        builder.Services.AddSingleton<DevSigningConfigurationManager>();
        builder.Services.AddSingleton<DevTokenIssuer>();

        authentication.AddJwtBearer(options =>
        {
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = DevTokenSettings.Issuer,
                ValidAudience = DevTokenSettings.Audience,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ValidateIssuerSigningKey = true,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<DevSigningConfigurationManager>((options, manager) => options.ConfigurationManager = manager);
    }

    public static void MapDevSignIn(this WebApplication app)
    {
        app.MapPost(Contracts.Access.AccessRoutes.DevToken, DevTokenEndpoint.IssueAsync)
            .AllowAnonymous()
            .WithName("DevToken");
    }
}
