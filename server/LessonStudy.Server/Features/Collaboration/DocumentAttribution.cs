using System.Text.Json;
using System.Text.Json.Serialization;
using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// Who wrote what in one document: the user who introduced each CRDT client ID, and how many characters
/// each user inserted into and deleted from the root text. Kept by the room, stored as
/// <c>documents/{documentId}/attribution.json</c> (docs/storage.md). A new client ID is stored before the
/// update that introduces it is acknowledged; the counters are written lazily (janitor ticks, unload), so
/// a crash can lose the last seconds of counts but never the ownership of content.
/// </summary>
internal sealed class DocumentAttribution
{
    /// <summary>The owner recorded for content the server itself wrote (a plan's template).</summary>
    public const string ServerUser = "@server";

    private const int CurrentSchemaVersion = 1;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<ulong, string> owners = [];
    private readonly Dictionary<string, EditCounts> edits = new(StringComparer.Ordinal);

    public bool OwnersChanged { get; private set; }

    public bool CountsChanged { get; private set; }

    public static string BlobName(string documentId) => $"documents/{documentId}/attribution.json";

    public IReadOnlyDictionary<ulong, string> Owners => owners;

    public string? OwnerOf(ulong client) => owners.GetValueOrDefault(client);

    public void Claim(ulong client, string userId)
    {
        if (owners.TryAdd(client, userId))
        {
            OwnersChanged = true;
        }
    }

    public void Count(string userId, long inserted, long deleted)
    {
        if (inserted == 0 && deleted == 0)
        {
            return;
        }

        var current = edits.GetValueOrDefault(userId) ?? new EditCounts();
        edits[userId] = new EditCounts { Inserted = current.Inserted + inserted, Deleted = current.Deleted + deleted };
        CountsChanged = true;
    }

    public IReadOnlyList<UserEdits> Edits() =>
        [.. edits.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new UserEdits(e.Key, e.Value.Inserted, e.Value.Deleted))];

    /// <summary>The stored attribution; empty for a document nobody wrote yet. Throws when unreadable.</summary>
    public static async Task<DocumentAttribution> LoadAsync(IBlobStore store, string documentId, CancellationToken cancellationToken)
    {
        var attribution = new DocumentAttribution();
        var blob = await store.ReadAsync(BlobName(documentId), cancellationToken).ConfigureAwait(false);
        if (blob is null)
        {
            return attribution;
        }

        var stored = JsonSerializer.Deserialize<StoredAttribution>(blob.Data, Json)
            ?? throw new InvalidDataException($"{BlobName(documentId)} is empty.");
        foreach (var (client, user) in stored.Clients ?? [])
        {
            attribution.owners[ulong.Parse(client, System.Globalization.CultureInfo.InvariantCulture)] = user;
        }

        foreach (var (user, counts) in stored.Edits ?? [])
        {
            attribution.edits[user] = counts;
        }

        return attribution;
    }

    /// <summary>Takes what must be written now (and marks it written); null when nothing changed.</summary>
    public byte[]? TakeChanges()
    {
        if (!OwnersChanged && !CountsChanged)
        {
            return null;
        }

        OwnersChanged = false;
        CountsChanged = false;
        var stored = new StoredAttribution
        {
            SchemaVersion = CurrentSchemaVersion,
            Clients = owners.ToDictionary(o => o.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), o => o.Value),
            Edits = new Dictionary<string, EditCounts>(edits, StringComparer.Ordinal),
        };
        return JsonSerializer.SerializeToUtf8Bytes(stored, Json);
    }

    /// <summary>A write failed: whatever it held must be written again.</summary>
    public void MarkUnwritten()
    {
        OwnersChanged = true;
        CountsChanged = true;
    }

    private sealed class StoredAttribution
    {
        public int SchemaVersion { get; set; }

        public Dictionary<string, string>? Clients { get; set; }

        public Dictionary<string, EditCounts>? Edits { get; set; }
    }

    internal sealed class EditCounts
    {
        [JsonPropertyName("inserted")]
        public long Inserted { get; init; }

        [JsonPropertyName("deleted")]
        public long Deleted { get; init; }
    }
}
