namespace LessonStudy.Server.Features.Access.DevSignIn;

/// <summary>The fixed shape of development tokens.</summary>
public static class DevTokenSettings
{
    /// <summary>Both the issuer and the audience: these tokens are only ever for this server.</summary>
    public const string Issuer = "lessonstudy-dev";
    public const string Audience = "lessonstudy-dev";

    /// <summary>A working day: long enough that a test session or a crash-and-restart run never re-signs in.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>Configuration key of an explicit signing key (at least 32 bytes of UTF-8).</summary>
    public const string SigningKeyConfigKey = "DevSignIn:SigningKey";

    /// <summary>HMAC-SHA256 needs at least 256 bits of key.</summary>
    public const int MinKeyBytes = 32;
}
