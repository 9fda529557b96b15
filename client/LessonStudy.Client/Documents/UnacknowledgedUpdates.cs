namespace LessonStudy.Client.Documents;

/// <summary>
/// Local updates the server has not yet acknowledged (made durable). Each one stays here until a
/// send that carried it completes, or the server refuses it; after a reconnect the rest are sent
/// again. Not thread-safe: the owning session's lock guards it.
/// </summary>
internal sealed class UnacknowledgedUpdates
{
    private readonly Dictionary<long, UnacknowledgedUpdate> updates = [];
    private long nextId;

    public int Count => updates.Count;

    public UnacknowledgedUpdate Add(byte[] update, long timestamp)
    {
        var entry = new UnacknowledgedUpdate(nextId++, update, timestamp);
        updates.Add(entry.Id, entry);
        return entry;
    }

    /// <summary>Removes the entry; false when it had already gone (acknowledged by an earlier send).</summary>
    public bool Remove(UnacknowledgedUpdate entry) => updates.Remove(entry.Id);

    public bool Contains(UnacknowledgedUpdate entry) => updates.ContainsKey(entry.Id);

    /// <summary>All entries, oldest first.</summary>
    public UnacknowledgedUpdate[] Snapshot()
    {
        var all = updates.Values.ToArray();
        Array.Sort(all, static (a, b) => a.Id.CompareTo(b.Id));
        return all;
    }
}

/// <summary>One local update waiting for its acknowledgement; <see cref="Timestamp"/> is when it was made (<see cref="TimeProvider.GetTimestamp"/>).</summary>
internal sealed record UnacknowledgedUpdate(long Id, byte[] Update, long Timestamp);
