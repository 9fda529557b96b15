using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Hosting;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Documents.Catalog;

/// <summary>
/// The catalog on the blob store: one <see cref="DocumentRecord"/> per document and one
/// <see cref="UserDocumentIndex"/> per user. Every change is a read-modify-write guarded by the blob's
/// ETag and retried when another writer (thread or server node) got there first.
/// </summary>
/// <remarks>
/// Records are cached for <see cref="DocumentCatalogOptions.CacheTtl"/>, because the access policy asks on
/// every hub join and edit; this node's own writes refresh the cache at once, so only changes made on
/// another node can be seen that much later.
/// </remarks>
public sealed class BlobDocumentCatalog(
    IBlobStore store, TimeProvider time, IOptions<DocumentCatalogOptions> options, ILogger<BlobDocumentCatalog> logger) : IDocumentCatalog
{
    private const int MaxAttempts = 12;
    private const int MaxCachedRecords = 10_000;
    private const int ListBatchSize = 16;

    private readonly ConcurrentDictionary<string, CachedRecord> cache = new(StringComparer.Ordinal);

    public async Task<DocumentRecord> CreateAsync(string ownerId, string title, CancellationToken cancellationToken)
    {
        var record = new DocumentRecord(DocumentRecord.CurrentSchemaVersion, ResourceId.New(), title, ownerId, time.GetUtcNow(), []);

        // The index first: a crash in between leaves an index entry without a record, which listing skips.
        await AddToUserIndexAsync(ownerId, record.Id, cancellationToken).ConfigureAwait(false);
        var json = JsonSerializer.SerializeToUtf8Bytes(record, CatalogJson.Default.DocumentRecord);
        await store.WriteAsync(CatalogBlobNames.Document(record.Id), json, BlobWriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
        Remember(record);
        return record;
    }

    public async Task<DocumentRecord?> GetAsync(string documentId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(documentId, out var cached) && time.GetElapsedTime(cached.ReadAt) < options.Value.CacheTtl)
        {
            return cached.Record;
        }

        var content = await store.ReadAsync(CatalogBlobNames.Document(documentId), cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            cache.TryRemove(documentId, out _);
            return null;
        }

        var record = ParseRecord(content.Data);
        Remember(record);
        return record;
    }

    public async Task<DocumentRecord?> SetMemberAsync(string documentId, string userId, bool canEdit, CancellationToken cancellationToken)
    {
        if (await GetAsync(documentId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        await AddToUserIndexAsync(userId, documentId, cancellationToken).ConfigureAwait(false);
        var updated = await UpdateBlobAsync(
            CatalogBlobNames.Document(documentId),
            ParseRecord,
            record => SerializeIfChanged(record, userId, canEdit),
            cancellationToken).ConfigureAwait(false);
        if (updated is not null)
        {
            Remember(updated);
        }

        return updated;
    }

    public async IAsyncEnumerable<DocumentRecord> ListForUserAsync(string userId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var content = await store.ReadAsync(CatalogBlobNames.UserIndex(userId), cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            yield break;
        }

        var ids = ParseIndex(content.Data).DocumentIds.Where(ResourceId.IsValid).Distinct(StringComparer.Ordinal).ToList();
        foreach (var batch in ids.Chunk(ListBatchSize))
        {
            var records = await Task.WhenAll(batch.Select(id => GetAsync(id, cancellationToken))).ConfigureAwait(false);
            foreach (var record in records)
            {
                if (record is not null && (record.OwnerId == userId || record.FindMember(userId) is not null))
                {
                    yield return record;
                }
            }
        }
    }

    private (DocumentRecord Next, byte[] Json)? SerializeIfChanged(DocumentRecord? record, string userId, bool canEdit)
    {
        if (record is null || record.FindMember(userId) is { } existing && existing.CanEdit == canEdit)
        {
            return null;
        }

        var members = record.Members.Where(m => m.UserId != userId).ToList();
        var addedAt = record.FindMember(userId)?.AddedAt ?? time.GetUtcNow();
        members.Add(new DocumentMember(userId, canEdit, addedAt));
        var next = record with { Members = members };
        return (next, JsonSerializer.SerializeToUtf8Bytes(next, CatalogJson.Default.DocumentRecord));
    }

    private async Task AddToUserIndexAsync(string userId, string documentId, CancellationToken cancellationToken)
    {
        await UpdateBlobAsync(
            CatalogBlobNames.UserIndex(userId),
            ParseIndex,
            index =>
            {
                if (index?.DocumentIds.Contains(documentId, StringComparer.Ordinal) == true)
                {
                    return null;
                }

                var next = new UserDocumentIndex(UserDocumentIndex.CurrentSchemaVersion, userId, [.. index?.DocumentIds ?? [], documentId]);
                return (next, JsonSerializer.SerializeToUtf8Bytes(next, CatalogJson.Default.UserDocumentIndex));
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the blob, asks <paramref name="change"/> for the new value (null: nothing to write), and writes it
    /// only if the blob is still what was read. Returns the value now stored.
    /// </summary>
    private async Task<T?> UpdateBlobAsync<T>(
        string name, Func<byte[], T> parse, Func<T?, (T Next, byte[] Json)?> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var content = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            var current = content is null ? null : parse(content.Data);
            if (change(current) is not { } update)
            {
                return current;
            }

            var condition = content is null ? BlobWriteCondition.IfNotExists : BlobWriteCondition.IfMatch(content.ETag);
            try
            {
                await store.WriteAsync(name, update.Json, condition, cancellationToken).ConfigureAwait(false);
                return update.Next;
            }
            catch (BlobConditionFailedException)
            {
                DocumentsLog.CatalogWriteConflict(logger, name, attempt);

                // Spread the retries of writers that collided, so they do not collide again.
                var delay = TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt));
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new CatalogConflictException($"'{name}' kept changing under {MaxAttempts} attempts to update it.");
    }

    private void Remember(DocumentRecord record)
    {
        if (cache.Count >= MaxCachedRecords)
        {
            cache.Clear();
        }

        cache[record.Id] = new CachedRecord(record, time.GetTimestamp());
    }

    private static DocumentRecord ParseRecord(byte[] json)
    {
        var record = JsonSerializer.Deserialize(json, CatalogJson.Default.DocumentRecord)
            ?? throw new InvalidDataException("A document record is empty.");
        return record.SchemaVersion == DocumentRecord.CurrentSchemaVersion
            ? record
            : throw new InvalidDataException($"Document record {record.Id} has schema version {record.SchemaVersion}; this server reads version 1.");
    }

    private static UserDocumentIndex ParseIndex(byte[] json)
    {
        var index = JsonSerializer.Deserialize(json, CatalogJson.Default.UserDocumentIndex)
            ?? throw new InvalidDataException("A user document index is empty.");
        return index.SchemaVersion == UserDocumentIndex.CurrentSchemaVersion
            ? index
            : throw new InvalidDataException($"A user document index has schema version {index.SchemaVersion}; this server reads version 1.");
    }

    private readonly record struct CachedRecord(DocumentRecord Record, long ReadAt);
}
