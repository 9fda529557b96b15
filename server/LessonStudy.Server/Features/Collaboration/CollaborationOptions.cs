using System.ComponentModel.DataAnnotations;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// Limits of the collaboration hub (configuration section <c>Collaboration</c>), each chosen on purpose:
/// see docs/protocol.md, "Limits".
/// </summary>
public sealed class CollaborationOptions
{
    public const string Section = "Collaboration";

    /// <summary>
    /// Largest hub message accepted. A pasted chapter of 100,000 Chinese characters is about 300 KB as a
    /// yjs update; a step 2 of a reconnecting client can carry a day of offline work. 4 MiB leaves room
    /// for both and still bounds what one frame can make the server decode.
    /// </summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Documents one connection may hold open at once (a teacher has a few tabs' worth).</summary>
    [Range(1, 1024)]
    public int MaxDocumentsPerConnection { get; set; } = 16;

    /// <summary>
    /// Sustained frames per second per connection. A fast typist with awareness (cursor) traffic makes
    /// about 20; y-codemirror sends an update per keystroke and a cursor update per selection change.
    /// </summary>
    [Range(1, 100_000)]
    public int MessagesPerSecond { get; set; } = 60;

    /// <summary>Burst size of the per-connection rate limit (paste, undo of a large change, reconnect).</summary>
    [Range(1, 100_000)]
    public int MessageBurst { get; set; } = 240;

    /// <summary>A room with no connections and nothing left to persist is unloaded after this long.</summary>
    public TimeSpan IdleUnloadAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often idle rooms are looked for and stale awareness states dropped.</summary>
    public TimeSpan JanitorInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Log bytes not covered by a snapshot after which a room compacts its document.</summary>
    [Range(1024, long.MaxValue)]
    public long CompactAfterBytes { get; set; } = 1024 * 1024;

    /// <summary>Most frames applied before one group commit (bounds the latency a batch adds).</summary>
    [Range(1, 100_000)]
    public int MaxBatch { get; set; } = 512;
}
