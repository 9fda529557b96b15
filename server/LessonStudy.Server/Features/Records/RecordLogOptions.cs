namespace LessonStudy.Server.Features.Records;

/// <summary>
/// Limits of the event stream ("Records:*"). An hourly blob rolls over to <c>-{hh}-{n}.jsonl</c> before
/// an append would take it past <see cref="MaxBlobBytes"/> or <see cref="MaxBlobBlocks"/>; the defaults stay
/// inside Azure's append-blob limits (50,000 blocks, 4 MiB per block), and blobs stay small enough to be
/// read whole. Tests set small values to exercise rollover.
/// </summary>
public sealed class RecordLogOptions
{
    public const string SectionName = "Records";

    /// <summary>Azure's largest append block: one event line must fit in one block.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>Azure's most blocks in one append blob (one block per event).</summary>
    public const int AzureMaxBlocks = 50_000;

    public long MaxBlobBytes { get; set; } = 64L * 1024 * 1024;

    public int MaxBlobBlocks { get; set; } = AzureMaxBlocks;

    /// <summary>How often one event is tried when storage fails transiently.</summary>
    public int AppendAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; doubled for each next one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    internal static IEnumerable<string> Validate(RecordLogOptions options)
    {
        if (options.MaxBlobBytes is < 1024 or > 1L << 30)
        {
            yield return $"Records:MaxBlobBytes must be between 1024 and {1L << 30}, not {options.MaxBlobBytes}.";
        }

        if (options.MaxBlobBlocks is < 1 or > AzureMaxBlocks)
        {
            yield return $"Records:MaxBlobBlocks must be between 1 and {AzureMaxBlocks}, not {options.MaxBlobBlocks}.";
        }

        if (options.AppendAttempts is < 1 or > 20)
        {
            yield return $"Records:AppendAttempts must be between 1 and 20, not {options.AppendAttempts}.";
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromSeconds(10))
        {
            yield return $"Records:RetryDelay must be between 0 and 10 seconds, not {options.RetryDelay}.";
        }
    }
}
