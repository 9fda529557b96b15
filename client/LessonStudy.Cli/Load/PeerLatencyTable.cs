using LessonStudy.Client.Documents;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Cli.Load;

/// <summary>
/// Edit→peer latency across every editor of the run (they all live in this process, so they share one
/// clock). A local edit that inserts records its send time under (client, first clock); when a peer's
/// document integrates a remote update, the update's struct ranges (<see cref="EncodedUpdates.ParseUpdateMeta"/>)
/// say which (client, clock) arrived, and each one found here is one latency sample. Deletions carry
/// no clock of their own and are not timed.
/// </summary>
internal sealed class PeerLatencyTable
{
    private readonly Dictionary<(ulong Client, long Clock), long> sent = [];
    private readonly TimeProvider time;
    private int timedEdits;
    private volatile bool measuring;

    public PeerLatencyTable(TimeProvider time) => this.time = time;

    public Percentiles EditToPeer { get; } = new();

    public int TimedEdits => Volatile.Read(ref timedEdits);

    public bool Measuring
    {
        get => measuring;
        set => measuring = value;
    }

    /// <summary>The <c>Doc.Update</c> handler of every editor's document.</summary>
    public void OnUpdate(byte[] update, object? origin)
    {
        var now = time.GetTimestamp();
        if (origin is not RemoteOrigin)
        {
            if (measuring)
            {
                RecordSent(update, now);
            }

            return;
        }

        var meta = EncodedUpdates.ParseUpdateMeta(update);
        foreach (var (client, from) in meta.From)
        {
            var to = meta.To[client];
            for (var clock = from; clock < to; clock++)
            {
                long sentAt;
                bool found;
                lock (sent)
                {
                    found = sent.TryGetValue((client, clock), out sentAt);
                }

                if (found)
                {
                    EditToPeer.Add(time.GetElapsedTime(sentAt, now).TotalMilliseconds);
                }
            }
        }
    }

    private void RecordSent(byte[] update, long now)
    {
        var meta = EncodedUpdates.ParseUpdateMeta(update);
        foreach (var (client, from) in meta.From)
        {
            lock (sent)
            {
                sent[(client, from)] = now;
            }

            Interlocked.Increment(ref timedEdits);
        }
    }
}
