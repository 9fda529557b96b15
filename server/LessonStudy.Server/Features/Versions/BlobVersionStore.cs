using System.Collections.Concurrent;
using System.Text.Json;
using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Features.Versions;

/// <summary>
/// Versions as immutable blobs <c>plans/{planId}/versions/{versionId}.json</c>. Version IDs come from
/// <c>ResourceId.New</c> (version-7 GUIDs), so names sort by creation time to the millisecond; listing
/// orders by the recorded creation time, then the ID.
/// </summary>
/// <remarks>
/// Immutable records are cached freely (bounded): the library's text search reads the same 定稿
/// versions again and again.
/// </remarks>
public sealed class BlobVersionStore(IBlobStore store) : IVersionStore
{
    private const int MaxCached = 2_000;
    private const int ListBatchSize = 16;

    private readonly ConcurrentDictionary<string, VersionRecord> cache = new(StringComparer.Ordinal);

    public async Task SaveAsync(VersionRecord version, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(version, VersionsJson.Default.VersionRecord);
        await store.WriteAsync(VersionBlobNames.Version(version.PlanId, version.Id), json, BlobWriteCondition.IfNotExists, cancellationToken)
            .ConfigureAwait(false);
        Remember(version);
    }

    public async Task<VersionRecord?> GetAsync(string planId, string versionId, CancellationToken cancellationToken)
    {
        var name = VersionBlobNames.Version(planId, versionId);
        if (cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var content = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return null;
        }

        var version = Parse(content.Data);
        if (version.PlanId != planId || version.Id != versionId)
        {
            throw new InvalidDataException($"The version blob {name} holds version {version.Id} of plan {version.PlanId}.");
        }

        Remember(version);
        return version;
    }

    public async Task<IReadOnlyList<VersionRecord>> ListAsync(string planId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var entry in store.ListAsync(VersionBlobNames.Prefix(planId), cancellationToken).ConfigureAwait(false))
        {
            if (VersionBlobNames.VersionIdOf(planId, entry.Name) is { } id)
            {
                ids.Add(id);
            }
        }

        var versions = new List<VersionRecord>(ids.Count);
        foreach (var batch in ids.Chunk(ListBatchSize))
        {
            foreach (var version in await Task.WhenAll(batch.Select(id => GetAsync(planId, id, cancellationToken))).ConfigureAwait(false))
            {
                if (version is not null)
                {
                    versions.Add(version);
                }
            }
        }

        // Version-7 IDs sort by the millisecond only (the rest is random), so the time taken decides first.
        return [.. versions.OrderBy(v => v.CreatedAt).ThenBy(v => v.Id, StringComparer.Ordinal)];
    }

    /// <summary>Removes a version that was frozen for a transition that lost its race (nobody refers to it).</summary>
    public async Task<bool> DeleteAsync(string planId, string versionId, CancellationToken cancellationToken)
    {
        var name = VersionBlobNames.Version(planId, versionId);
        cache.TryRemove(name, out _);
        return await store.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
    }

    private void Remember(VersionRecord version)
    {
        if (cache.Count >= MaxCached)
        {
            cache.Clear();
        }

        cache[VersionBlobNames.Version(version.PlanId, version.Id)] = version;
    }

    private static VersionRecord Parse(byte[] json)
    {
        var version = JsonSerializer.Deserialize(json, VersionsJson.Default.VersionRecord)
            ?? throw new InvalidDataException("A version blob is empty.");
        return version.SchemaVersion == VersionRecord.CurrentSchemaVersion
            ? version
            : throw new InvalidDataException($"Version {version.Id} has schema version {version.SchemaVersion}; this server reads version 1.");
    }
}
