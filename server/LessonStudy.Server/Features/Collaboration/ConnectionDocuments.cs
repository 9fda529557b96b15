using System.Threading.RateLimiting;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// What one hub connection holds: its open rooms and its rate limiter. Kept in the connection's
/// <c>Context.Items</c>; SignalR runs one invocation per connection at a time, and the disconnect
/// handler runs after the last, so no lock is needed.
/// </summary>
internal sealed class ConnectionDocuments : IDisposable
{
    private readonly Dictionary<string, DocumentRoom> rooms = new(StringComparer.Ordinal);

    public ConnectionDocuments(CollaborationOptions options)
    {
        Limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.MessageBurst,
            TokensPerPeriod = options.MessagesPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    public TokenBucketRateLimiter Limiter { get; }

    public int Count => rooms.Count;

    public IReadOnlyCollection<DocumentRoom> Rooms => rooms.Values;

    public bool TryGet(string documentId, out DocumentRoom room) => rooms.TryGetValue(documentId, out room!);

    public void Add(DocumentRoom room) => rooms[room.DocumentId] = room;

    public bool Remove(string documentId, out DocumentRoom room) => rooms.Remove(documentId, out room!);

    public void Clear() => rooms.Clear();

    public void Dispose() => Limiter.Dispose();
}
