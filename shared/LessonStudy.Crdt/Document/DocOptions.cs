using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

/// <summary>Options of a <see cref="Doc"/> (yjs <c>DocOpts</c>, plus decode limits and a fixed client ID).</summary>
public sealed record DocOptions
{
    /// <summary>Globally unique document ID; a random UUID v4 when null.</summary>
    public string? Guid { get; init; }

    /// <summary>Associates the document with a collection (providers may use it).</summary>
    public string? CollectionId { get; init; }

    /// <summary>Garbage-collect deleted content (default true). Snapshots of history need false.</summary>
    public bool Gc { get; init; } = true;

    /// <summary>Called before an item is collected; return false to keep it.</summary>
    public Func<Item, bool>? GcFilter { get; init; }

    /// <summary>Any meta information (sub-documents carry it to remote peers).</summary>
    public object? Meta { get; init; }

    /// <summary>A sub-document that remote peers should load automatically.</summary>
    public bool AutoLoad { get; init; }

    /// <summary>Whether a provider should sync this document now (default true).</summary>
    public bool ShouldLoad { get; init; } = true;

    /// <summary>A fixed client ID (tests, replays); a random 32-bit value when null.</summary>
    public ulong? ClientId { get; init; }

    /// <summary>Bounds applied when decoding updates into this document.</summary>
    public DecodeLimits Limits { get; init; } = DecodeLimits.Default;
}
