using System.Collections.Concurrent;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Features.Records;

/// <summary>
/// The event stream on append blobs (docs/storage.md, "Event stream"): each event one JSON line, one
/// append block, in the hourly blob of this node named for the event's own UTC time. Appends to one blob
/// are serialised here and each lands only at the length this node last saw (the append-position
/// condition); when that condition fails, the blob is read back — finding the line there means an earlier
/// try landed and its answer was lost, so it is not written twice. Reading lives in BlobRecordLog.Read.cs.
/// </summary>
internal sealed partial class BlobRecordLog : IRecordLog
{
    private readonly IBlobStore store;
    private readonly string nodeId;
    private readonly RecordLogOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<BlobRecordLog> logger;
    private readonly ConcurrentDictionary<string, HourBlob> hours = new(StringComparer.Ordinal);

    public BlobRecordLog(IBlobStore store, string nodeId, RecordLogOptions options, TimeProvider time, ILogger<BlobRecordLog> logger)
    {
        this.store = store;
        this.nodeId = nodeId;
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    public RecordEvent Create(string kind, string userId, string? groupId, string? planId, int? round, string? stage, object data)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return new RecordEvent(
            RecordEvent.CurrentSchemaVersion, ResourceId.New(), kind, time.GetUtcNow(), userId, groupId, planId, round, stage, RecordEventJson.ToData(data));
    }

    public async Task AppendAsync(RecordEvent recordEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recordEvent);
        var line = RecordEventJson.ToLine(recordEvent);
        if (line.Length > RecordLogOptions.MaxLineBytes)
        {
            throw new ArgumentException($"Event {recordEvent.Id} ({recordEvent.Kind}) is {line.Length} bytes; one event may be at most {RecordLogOptions.MaxLineBytes}.", nameof(recordEvent));
        }

        var prefix = RecordBlobNames.HourPrefix(recordEvent.At, nodeId);
        var hour = hours.GetOrAdd(prefix, static p => new HourBlob(p));
        await hour.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await AppendLineAsync(hour, recordEvent, line, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            hour.Gate.Release();
        }

        ForgetOldHours(prefix);
    }

    private async Task AppendLineAsync(HourBlob hour, RecordEvent recordEvent, byte[] line, CancellationToken cancellationToken)
    {
        if (!hour.Loaded)
        {
            await LoadAsync(hour, cancellationToken).ConfigureAwait(false);
        }

        // Every (blob, position) tried for this line: a try that failed in transit may still have landed there.
        var tried = new List<(string Blob, long Position)>();
        for (var attempt = 1; ; attempt++)
        {
            if (hour.Length > 0 && (hour.Length + line.Length > options.MaxBlobBytes || hour.Blocks >= options.MaxBlobBlocks))
            {
                hour.MoveToNextRoll();
                logger.RolledOver(hour.BlobName);
            }

            var blob = hour.BlobName;
            var position = hour.Length;
            tried.Add((blob, position));
            try
            {
                var result = await store.AppendAsync(blob, line, position, cancellationToken).ConfigureAwait(false);
                hour.Length = result.Length;
                hour.Blocks = result.BlockCount;
                return;
            }
            catch (BlobConditionFailedException e)
            {
                // Not at the length this node expected: either an earlier try landed, or someone else wrote.
                var current = await store.ReadAsync(blob, cancellationToken).ConfigureAwait(false);
                if (current is not null && Landed(current.Data, line, blob, tried))
                {
                    logger.AlreadyLanded(recordEvent.Id, blob, position);
                    hour.Length = current.Data.Length;
                    hour.Blocks = current.BlockCount;
                    return;
                }

                logger.BlobChangedByAnotherWriter(blob, position, current?.Data.Length ?? 0);
                if (attempt > options.AppendAttempts)
                {
                    logger.AppendFailed(e, recordEvent.Id, recordEvent.Kind, blob);
                    throw new IOException($"Event {recordEvent.Id} could not be appended to {blob}: it keeps changing under this node.", e);
                }

                Adopt(hour, current);
            }
            catch (Exception e) when (attempt < options.AppendAttempts && IsTransient(e, cancellationToken))
            {
                logger.AppendRetry(e, recordEvent.Id, recordEvent.Kind, blob, position, attempt);
                await Task.Delay(options.RetryDelay * (1 << (attempt - 1)), time, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.AppendFailed(e, recordEvent.Id, recordEvent.Kind, blob);
                throw;
            }
        }
    }

    private static bool Landed(byte[] data, byte[] line, string blob, List<(string Blob, long Position)> tried) =>
        tried.Any(t => t.Blob == blob
            && t.Position + line.Length <= data.Length
            && data.AsSpan((int)t.Position, line.Length).SequenceEqual(line));

    /// <summary>Finds this node's newest roll of the hour and continues it (or the next, after a torn tail).</summary>
    private async Task LoadAsync(HourBlob hour, CancellationToken cancellationToken)
    {
        var newest = -1;
        await foreach (var entry in store.ListAsync(hour.Prefix, cancellationToken).ConfigureAwait(false))
        {
            if (RecordBlobNames.RollOf(entry.Name, hour.Prefix) is { } roll && roll > newest)
            {
                newest = roll;
            }
        }

        hour.Roll = Math.Max(newest, 0);
        hour.Length = 0;
        hour.Blocks = 0;
        if (newest >= 0)
        {
            Adopt(hour, await store.ReadAsync(hour.BlobName, cancellationToken).ConfigureAwait(false));
        }

        hour.Loaded = true;
    }

    /// <summary>Continues after what the blob holds now; a blob ending in a torn line is left behind.</summary>
    private void Adopt(HourBlob hour, BlobContent? current)
    {
        hour.Length = current?.Data.Length ?? 0;
        hour.Blocks = current?.BlockCount ?? 0;
        if (current is { Data.Length: > 0 } && current.Data[^1] != (byte)'\n')
        {
            logger.TornTail(hour.BlobName, current.Data.Length);
            hour.MoveToNextRoll();
        }
    }

    /// <summary>Drops the state of hours more than a day older than the one just written.</summary>
    private void ForgetOldHours(string current)
    {
        if (hours.Count <= 48)
        {
            return;
        }

        foreach (var key in hours.Keys.Where(k => string.CompareOrdinal(k, current) < 0).Order(StringComparer.Ordinal).SkipLast(24))
        {
            hours.TryRemove(key, out _);
        }
    }

    private static bool IsTransient(Exception e, CancellationToken cancellationToken) =>
        e is not (ArgumentException or BlobConditionFailedException) && !cancellationToken.IsCancellationRequested;

    /// <summary>This node's blob for one hour: which roll appends go to, and how long it is.</summary>
    private sealed class HourBlob(string prefix)
    {
        public string Prefix { get; } = prefix;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public bool Loaded { get; set; }

        public int Roll { get; set; }

        public long Length { get; set; }

        public int Blocks { get; set; }

        public string BlobName => RecordBlobNames.Blob(Prefix, Roll);

        public void MoveToNextRoll()
        {
            Roll++;
            Length = 0;
            Blocks = 0;
        }
    }
}
