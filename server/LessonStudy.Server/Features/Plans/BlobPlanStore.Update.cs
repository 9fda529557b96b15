using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Features.Plans;

public sealed partial class BlobPlanStore
{
    private const int MaxAttempts = 16;

    /// <summary>
    /// Reads the blob, applies <paramref name="change"/> and writes the result only if the blob is still
    /// what was read; on a lost race it reads again and re-applies the change (which may throw to abort).
    /// Null when the blob does not exist. An unchanged record (same reference) is not written.
    /// </summary>
    private async Task<T?> UpdateAsync<T>(
        string name,
        Func<byte[], T> parse,
        Func<T, byte[]> serialize,
        Func<T, T> change,
        CancellationToken cancellationToken,
        Func<T, T, CancellationToken, Task>? beforeWrite = null)
        where T : class
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var content = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                return null;
            }

            var current = parse(content.Data);
            var next = change(current);
            if (ReferenceEquals(next, current))
            {
                return current;
            }

            if (beforeWrite is not null)
            {
                await beforeWrite(current, next, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                await store.WriteAsync(name, serialize(next), BlobWriteCondition.IfMatch(content.ETag), cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (BlobConditionFailedException)
            {
                PlansLog.WriteConflict(logger, name, attempt);
                await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }
        }

        throw new PlanStoreConflictException($"'{name}' kept changing under {MaxAttempts} attempts to update it.");
    }

    /// <summary>Adds a plan ID to an index blob, creating it when absent.</summary>
    private async Task AddToIndexAsync(string name, string planId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var content = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            var index = content is null ? null : ParseIndex(content.Data);
            if (index?.PlanIds.Contains(planId, StringComparer.Ordinal) == true)
            {
                return;
            }

            var next = new PlanIdIndex(PlanIdIndex.CurrentSchemaVersion, [.. index?.PlanIds ?? [], planId]);
            var condition = content is null ? BlobWriteCondition.IfNotExists : BlobWriteCondition.IfMatch(content.ETag);
            try
            {
                await store.WriteAsync(name, JsonSerializer.SerializeToUtf8Bytes(next, PlansJson.Default.PlanIdIndex), condition, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (BlobConditionFailedException)
            {
                PlansLog.WriteConflict(logger, name, attempt);
                await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }
        }

        throw new PlanStoreConflictException($"'{name}' kept changing under {MaxAttempts} attempts to update it.");
    }

    /// <summary>Jittered and growing, so that writers that collided spread out instead of colliding again; bounded.</summary>
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(1, 4 + (8 * Math.Min(attempt, 8))));

    private static byte[] Serialize(GroupRecord group) => JsonSerializer.SerializeToUtf8Bytes(group, PlansJson.Default.GroupRecord);

    private static byte[] Serialize(PlanRecord plan) => JsonSerializer.SerializeToUtf8Bytes(plan, PlansJson.Default.PlanRecord);

    private static GroupRecord ParseGroup(byte[] json) =>
        Parse(json, PlansJson.Default.GroupRecord, GroupRecord.CurrentSchemaVersion, g => g.SchemaVersion);

    private static PlanRecord ParsePlan(byte[] json) =>
        Parse(json, PlansJson.Default.PlanRecord, PlanRecord.CurrentSchemaVersion, p => p.SchemaVersion);

    private static PlanIdIndex ParseIndex(byte[] json) =>
        Parse(json, PlansJson.Default.PlanIdIndex, PlanIdIndex.CurrentSchemaVersion, i => i.SchemaVersion);

    private static T Parse<T>(byte[] json, JsonTypeInfo<T> type, int schemaVersion, Func<T, int> versionOf)
    {
        var value = JsonSerializer.Deserialize(json, type) ?? throw new InvalidDataException($"A {typeof(T).Name} blob is empty.");
        var version = versionOf(value);
        return version == schemaVersion
            ? value
            : throw new InvalidDataException($"A {typeof(T).Name} blob has schema version {version}; this server reads version {schemaVersion}.");
    }
}
