using LessonStudy.TestKit.Server;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;

namespace LessonStudy.Server.Tests.Access.Entra;

/// <summary>
/// A server configured for Entra ID (an <c>AzureAd</c> section) whose metadata clients are wired, through
/// Identity.Web's and JwtBearer's own options, to <see cref="EntraMetadataHandler"/>: no request leaves
/// the process. <see cref="Network"/> watches real sockets to prove it.
/// </summary>
public sealed class EntraServerFixture : IAsyncLifetime
{
    private const string MetadataClient = "entra-metadata";
    private LoopbackServer? server;

    public EntraServerFixture() => Metadata = new EntraMetadataHandler(Tenant);

    public EntraTestTenant Tenant { get; } = new();

    public EntraMetadataHandler Metadata { get; }

    public NetworkRequestObserver Network { get; } = new();

    public LoopbackServer Server => server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        server = await LoopbackServer.StartAsync(settings: Tenant.ServerSettings, configure: builder =>
        {
            // Signing keys: JwtBearer reads the tenant's metadata through its backchannel.
            builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Metadata);

            // Issuer: Identity.Web's AadIssuerValidator reads the same metadata through this named client.
            builder.Services.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = MetadataClient);
            builder.Services.AddHttpClient(MetadataClient).ConfigurePrimaryHttpMessageHandler(() => Metadata);
        });
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Network.Dispose();
        Tenant.Dispose();
    }
}
