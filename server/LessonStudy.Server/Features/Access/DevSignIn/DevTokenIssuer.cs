using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LessonStudy.Server.Features.Access.DevSignIn;

/// <summary>Signs development tokens: <c>sub</c> = user ID, <c>name</c> = display name, HS256, 12 hours.</summary>
public sealed class DevTokenIssuer(DevSigningKeyStore keys, TimeProvider time, ILogger<DevTokenIssuer> logger)
{
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<string> IssueAsync(string userId, string displayName, CancellationToken cancellationToken)
    {
        var key = await keys.GetKeyAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = DevTokenSettings.Issuer,
            Audience = DevTokenSettings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + DevTokenSettings.Lifetime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = userId,
                [JwtRegisteredClaimNames.Name] = displayName,
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        var token = handler.CreateToken(descriptor);
        AccessLog.DevTokenIssued(logger, userId);
        return token;
    }
}
