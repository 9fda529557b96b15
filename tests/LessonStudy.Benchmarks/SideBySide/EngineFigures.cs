namespace LessonStudy.Benchmarks.SideBySide;

/// <summary>What one trace measured on one side (engine or yjs): medians in milliseconds, sizes in bytes.</summary>
internal sealed record EngineFigures
{
    public double ApplyMs { get; init; }

    public double EncodeMs { get; init; }

    public double LoadMs { get; init; }

    public long UpdateBytes { get; init; }

    public long LoadedHeapBytes { get; init; }

    public double? MergeMs { get; init; }

    public int? MergeCount { get; init; }
}
