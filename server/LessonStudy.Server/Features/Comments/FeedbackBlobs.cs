using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// JSON records of comments, observations and reflections on the blob store. Every change is a
/// read-modify-write guarded by the blob's ETag and retried when another writer (thread or node) got
/// there first, so concurrent replies to one thread never overwrite each other.
/// </summary>
public sealed class FeedbackBlobs(IBlobStore store, TimeProvider time, ILogger<FeedbackBlobs> logger)
{
    private const int MaxAttempts = 12;

    public async Task<T?> ReadAsync<T>(string name, JsonTypeInfo<T> info, CancellationToken cancellationToken)
        where T : class, IFeedbackRecord
    {
        var content = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        return content is null ? null : Parse(name, content.Data, info);
    }

    /// <summary>Writes a new record; false when one already exists under that name.</summary>
    public async Task<bool> CreateAsync<T>(string name, T record, JsonTypeInfo<T> info, CancellationToken cancellationToken)
        where T : class, IFeedbackRecord
    {
        try
        {
            await store.WriteAsync(name, JsonSerializer.SerializeToUtf8Bytes(record, info), BlobWriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (BlobConditionFailedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the record (null when absent), asks <paramref name="change"/> for the next one and writes it
    /// only if the blob is still what was read; <paramref name="change"/> returning the same instance writes
    /// nothing, and throwing (<see cref="FeedbackRefusedException"/>) aborts. Returns the record now stored.
    /// </summary>
    /// <exception cref="FeedbackBusyException">The blob kept changing under every attempt.</exception>
    public async Task<T?> UpdateAsync<T>(string name, JsonTypeInfo<T> info, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class, IFeedbackRecord
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var content = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            var current = content is null ? null : Parse(name, content.Data, info);
            var next = change(current);
            if (next is null || ReferenceEquals(next, current))
            {
                return current;
            }

            var condition = content is null ? BlobWriteCondition.IfNotExists : BlobWriteCondition.IfMatch(content.ETag);
            try
            {
                await store.WriteAsync(name, JsonSerializer.SerializeToUtf8Bytes(next, info), condition, cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (BlobConditionFailedException)
            {
                FeedbackLog.WriteConflict(logger, name, attempt);

                // Spread the retries of writers that collided, so they do not collide again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), time, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new FeedbackBusyException($"'{name}' kept changing under {MaxAttempts} attempts to update it.");
    }

    /// <summary>Every record whose blob name starts with <paramref name="prefix"/> and ends with <c>.json</c>, in name order.</summary>
    public async IAsyncEnumerable<T> ListAsync<T>(string prefix, JsonTypeInfo<T> info, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class, IFeedbackRecord
    {
        await foreach (var entry in store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            if (!entry.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            // Listed then gone (never happens today: records are not removed) is skipped, not an error.
            if (await ReadAsync(entry.Name, info, cancellationToken).ConfigureAwait(false) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <summary>The names under <paramref name="prefix"/>, without reading them.</summary>
    public async Task<IReadOnlyList<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var entry in store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            names.Add(entry.Name);
        }

        return names;
    }

    private static T Parse<T>(string name, byte[] json, JsonTypeInfo<T> info)
        where T : class, IFeedbackRecord
    {
        var record = JsonSerializer.Deserialize(json, info) ?? throw new InvalidDataException($"'{name}' is empty.");
        return record.SchemaVersion == 1
            ? record
            : throw new InvalidDataException($"'{name}' has schema version {record.SchemaVersion}; this server reads version 1.");
    }
}

/// <summary>A stored feedback record: every one carries its schema version (docs/storage.md).</summary>
public interface IFeedbackRecord
{
    int SchemaVersion { get; }
}

/// <summary>A record kept changing under every attempt to update it; answered as 409 "try again".</summary>
public sealed class FeedbackBusyException : Exception
{
    public FeedbackBusyException() { }

    public FeedbackBusyException(string message) : base(message) { }

    public FeedbackBusyException(string message, Exception inner) : base(message, inner) { }
}
