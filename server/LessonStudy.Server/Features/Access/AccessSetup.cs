using LessonStudy.Server.Features.Access.DevSignIn;
using LessonStudy.Server.Features.Access.Entra;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace LessonStudy.Server.Features.Access;

public static class AccessSetup
{
    /// <summary>Sign-in: Entra ID through Microsoft.Identity.Web, or the development sign-in.</summary>
    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder)
    {
        var mode = SignInChoice.Decide(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(new ActiveSignIn(mode));

        var authentication = builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme);
        if (mode == SignInMode.Entra)
        {
            builder.AddEntraSignIn(authentication);
        }
        else
        {
            builder.AddDevSignIn(authentication);
        }

        // Registered after Identity.Web's own configuration, so this wraps its OnMessageReceived handler.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure(options => HubQueryToken.Chain(options.Events ??= new JwtBearerEvents()));

        builder.Services.AddSingleton<IAuthorizationHandler, SignedInCallerRequirement>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new SignedInCallerRequirement()).Build());

        // Bad JSON answers 400 with ProblemDetails in every environment (in Development minimal APIs
        // would otherwise throw to the developer page).
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);

        // ASP.NET Core's hosting diagnostics log every request's full URL at Information, query string
        // included, and the hub's WebSocket URL carries the access token: keep that category to warnings.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        return builder;
    }

    public static WebApplication UseAccess(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccessSetup));
        var mode = app.Services.GetRequiredService<ActiveSignIn>().Mode;
        AccessLog.SignInActive(logger, mode);
        // API errors without a body (a request body that is not valid JSON, 401, 404) answer ProblemDetails.
        app.UseStatusCodePages(ApiProblems.WriteAsync);
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapAccess(this WebApplication app)
    {
        app.MapGet(Contracts.Access.AccessRoutes.Me, AccessEndpoints.GetMe).WithName("Me");
        app.MapGet(Contracts.Access.AccessRoutes.AuthConfig, AccessEndpoints.GetAuthConfig).AllowAnonymous().WithName("AuthConfig");
        if (app.Services.GetRequiredService<ActiveSignIn>().Mode == SignInMode.Development)
        {
            app.MapDevSignIn();
        }

        return app;
    }
}
