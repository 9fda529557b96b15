using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LessonStudy.Server.Tests.Access.Entra;

/// <summary>
/// A stand-in Entra tenant: a fresh tenant ID and application (client) ID, a local RSA signing key, and
/// tokens shaped like Entra's v2.0 access tokens (issuer with tenant, <c>tid</c>, <c>oid</c>, <c>aud</c>,
/// <c>ver</c>, <c>scp</c> or <c>roles</c>). A fresh tenant per fixture also keeps Identity.Web's
/// process-wide issuer validator cache (keyed by authority) from mixing test servers.
/// </summary>
public sealed class EntraTestTenant : IDisposable
{
    public const string Instance = "https://login.microsoftonline.com/";

    private readonly RSA rsa = RSA.Create(2048);

    public EntraTestTenant()
    {
        SigningKey = new RsaSecurityKey(rsa) { KeyId = "test-key-" + Guid.NewGuid().ToString("N")[..8] };
    }

    public string TenantId { get; } = Guid.NewGuid().ToString();

    public string ClientId { get; } = Guid.NewGuid().ToString();

    public string Issuer => IssuerFor(TenantId);

    public RsaSecurityKey SigningKey { get; }

    public static string IssuerFor(string tenantId) => $"{Instance}{tenantId}/v2.0";

    public IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?>
    {
        ["AzureAd:Instance"] = Instance,
        ["AzureAd:TenantId"] = TenantId,
        ["AzureAd:ClientId"] = ClientId,
        ["AzureAd:Scopes"] = "access_as_user",
    };

    /// <summary>The claims of a valid delegated (user) token; tests change or remove some before signing.</summary>
    public Dictionary<string, object> UserClaims(string objectId, string name) => new()
    {
        ["iss"] = Issuer,
        ["aud"] = ClientId,
        ["tid"] = TenantId,
        ["oid"] = objectId,
        ["sub"] = "pairwise-" + objectId,
        ["name"] = name,
        ["preferred_username"] = $"{objectId}@school.example",
        ["scp"] = "access_as_user",
        ["ver"] = "2.0",
        ["azp"] = Guid.NewGuid().ToString(),
    };

    /// <summary>Signs <paramref name="claims"/> with <paramref name="key"/> (the tenant's key unless given).</summary>
    public string Sign(IDictionary<string, object> claims, DateTime? expires = null, SecurityKey? key = null)
    {
        var end = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            IssuedAt = end.AddHours(-1),
            NotBefore = end.AddHours(-1),
            Expires = end,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The tenant's public key as Entra publishes it in its JWKS (with the key's issuer).</summary>
    public JsonWebKey PublicJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonWebKey
        {
            Kty = "RSA",
            Use = "sig",
            Kid = SigningKey.KeyId,
            N = Base64UrlEncoder.Encode(parameters.Modulus),
            E = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        jwk.AdditionalData["issuer"] = Issuer;
        return jwk;
    }

    public void Dispose() => rsa.Dispose();
}
