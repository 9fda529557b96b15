using System.Security.Cryptography;
using System.Text;

namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// The ID of an observer's 听课记录 for a round: the first 16 bytes of SHA-256 over
/// <c>"{planId}\n{userId}\n{round}"</c>, as 32 lowercase hex digits (the shape of every resource ID). Derived
/// rather than random so that each observer has exactly one per round, two devices starting it at once
/// land on the same blob, and counting someone's lessons needs no index.
/// </summary>
public static class ObservationIds
{
    public static string For(string planId, string userId, int round)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{planId}\n{userId}\n{round}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
