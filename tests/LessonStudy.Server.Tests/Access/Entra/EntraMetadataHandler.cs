using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LessonStudy.Server.Tests.Access.Entra;

/// <summary>
/// Answers, in-process, the two documents Entra serves for a tenant: the OpenID configuration
/// (<c>{instance}{tenant}/v2.0/.well-known/openid-configuration</c>) and the signing keys it points to.
/// Identity.Web's metadata clients (JwtBearer's backchannel and the AAD issuer validator's HttpClient) are
/// given this handler as their transport, so discovery runs exactly as in production but never reaches
/// the network. Every request is recorded; anything else is answered 404 and recorded as unexpected.
/// </summary>
public sealed class EntraMetadataHandler(EntraTestTenant tenant) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Uri> served = new();
    private readonly ConcurrentQueue<Uri> unexpected = new();

    public IReadOnlyCollection<Uri> Served => served;

    public IReadOnlyCollection<Uri> Unexpected => unexpected;

    public string ConfigurationUrl => $"{tenant.Issuer}/.well-known/openid-configuration";

    public string KeysUrl => $"{EntraTestTenant.Instance}{tenant.TenantId}/discovery/v2.0/keys";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        string? body = null;
        if (url.GetLeftPart(UriPartial.Path) == ConfigurationUrl)
        {
            body = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["issuer"] = tenant.Issuer,
                ["jwks_uri"] = KeysUrl,
                ["authorization_endpoint"] = $"{EntraTestTenant.Instance}{tenant.TenantId}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{EntraTestTenant.Instance}{tenant.TenantId}/oauth2/v2.0/token",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["tenant_region_scope"] = "EU",
                ["cloud_instance_name"] = "microsoftonline.com",
            });
        }
        else if (url.GetLeftPart(UriPartial.Path) == KeysUrl)
        {
            var jwk = tenant.PublicJwk();
            body = JsonSerializer.Serialize(new
            {
                keys = new[]
                {
                    new Dictionary<string, object> { ["kty"] = jwk.Kty, ["use"] = jwk.Use, ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E, ["issuer"] = tenant.Issuer },
                },
            });
        }

        if (body is null)
        {
            unexpected.Enqueue(url);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request });
        }

        served.Enqueue(url);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });
    }
}
