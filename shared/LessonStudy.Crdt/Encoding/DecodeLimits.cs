namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// Bounds applied while decoding untrusted bytes, so that time and memory stay proportional to the
/// input and a hostile update cannot exhaust the process. Exceeding one throws
/// <see cref="CrdtFormatException"/>.
/// </summary>
public sealed record DecodeLimits
{
    /// <summary>The defaults: generous for real documents (a pasted chapter), tight against abuse.</summary>
    public static DecodeLimits Default { get; } = new();

    /// <summary>Largest update, state vector or message accepted, in bytes.</summary>
    public int MaxInputBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Most structs (items, GC, skips) in one update.</summary>
    public int MaxStructs { get; init; } = 10_000_000;

    /// <summary>Most clients named in one update, state vector or delete set.</summary>
    public int MaxClients { get; init; } = 1_000_000;

    /// <summary>Most delete-set ranges in one update.</summary>
    public int MaxDeleteRanges { get; init; } = 10_000_000;

    /// <summary>Deepest nesting of Any / JSON values (objects and arrays inside each other).</summary>
    public int MaxValueDepth { get; init; } = 256;

    /// <summary>Longest single string or byte array, in bytes.</summary>
    public int MaxStringBytes { get; init; } = 64 * 1024 * 1024;
}
