namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// Limits of the document log ("Storage:Log:*"). Defaults stay inside Azure's append-blob limits
/// (4 MiB per block, 50,000 blocks per blob); tests set small values to exercise rollover.
/// </summary>
public sealed class DocumentLogOptions
{
    /// <summary>Azure's largest append block.</summary>
    public const int AzureMaxBlockBytes = 4 * 1024 * 1024;

    /// <summary>Azure's most blocks in one append blob.</summary>
    public const int AzureMaxBlocks = 50_000;

    /// <summary>Segments are read whole into memory at load; 1 GiB keeps offsets in an int.</summary>
    public const long MaxSegmentBytesLimit = 1L << 30;

    /// <summary>A segment is rolled over before an append would take it past this many bytes.</summary>
    public long MaxSegmentBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>A segment is rolled over before an append would take it past this many blocks.</summary>
    public int MaxSegmentBlocks { get; set; } = AzureMaxBlocks;

    /// <summary>The largest block one append writes; a larger group commit is split into several.</summary>
    public int MaxBlockBytes { get; set; } = AzureMaxBlockBytes;

    /// <summary>How often one block is tried when storage fails transiently.</summary>
    public int AppendAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; doubled for each next one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The largest single update the log accepts: one record must fit in one block.</summary>
    public int MaxUpdateBytes => MaxBlockBytes - LogRecordFormat.HeaderBytes;

    internal static IEnumerable<string> Validate(DocumentLogOptions options)
    {
        if (options.MaxBlockBytes is < 64 or > AzureMaxBlockBytes)
        {
            yield return $"MaxBlockBytes must be between 64 and {AzureMaxBlockBytes}, not {options.MaxBlockBytes}.";
        }

        if (options.MaxSegmentBytes < options.MaxBlockBytes || options.MaxSegmentBytes > MaxSegmentBytesLimit)
        {
            yield return $"MaxSegmentBytes must be between MaxBlockBytes ({options.MaxBlockBytes}) and {MaxSegmentBytesLimit}, not {options.MaxSegmentBytes}.";
        }

        if (options.MaxSegmentBlocks is < 1 or > AzureMaxBlocks)
        {
            yield return $"MaxSegmentBlocks must be between 1 and {AzureMaxBlocks}, not {options.MaxSegmentBlocks}.";
        }

        if (options.AppendAttempts is < 1 or > 20)
        {
            yield return $"AppendAttempts must be between 1 and 20, not {options.AppendAttempts}.";
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromSeconds(10))
        {
            yield return $"RetryDelay must be between 0 and 10 seconds, not {options.RetryDelay}.";
        }
    }
}
