namespace LessonStudy.Contracts.Access;

/// <summary>Body of <c>POST /api/dev/token</c> (development sign-in only).</summary>
public sealed record DevTokenRequest(string UserId, string DisplayName);

/// <summary>Answer of <c>POST /api/dev/token</c>.</summary>
public sealed record DevTokenResponse(string AccessToken);

/// <summary>Answer of <c>GET /api/me</c>: who the server takes the caller to be.</summary>
public sealed record MeResponse(string Id, string DisplayName);

/// <summary>
/// Answer of <c>GET /api/auth/config</c> (anonymous): which sign-in the web client should use.
/// <see cref="Mode"/> is <see cref="AuthModes.Dev"/> (then the other fields are null) or
/// <see cref="AuthModes.Entra"/> with what MSAL needs; never a secret.
/// </summary>
public sealed record AuthConfigResponse(string Mode, string? ClientId, string? Authority, IReadOnlyList<string>? Scopes);

public static class AuthModes
{
    public const string Dev = "dev";
    public const string Entra = "entra";
}

public static class AccessRoutes
{
    public const string DevToken = "/api/dev/token";
    public const string Me = "/api/me";
    public const string AuthConfig = "/api/auth/config";
}
