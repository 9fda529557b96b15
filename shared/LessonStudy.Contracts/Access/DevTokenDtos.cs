namespace LessonStudy.Contracts.Access;

/// <summary>Body of <c>POST /api/dev/token</c> (development sign-in only).</summary>
public sealed record DevTokenRequest(string UserId, string DisplayName);

/// <summary>Answer of <c>POST /api/dev/token</c>.</summary>
public sealed record DevTokenResponse(string AccessToken);

public static class AccessRoutes
{
    public const string DevToken = "/api/dev/token";
    public const string Me = "/api/me";
}
