using LessonStudy.Server.Hosting;
using System.Diagnostics.Metrics;

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>
/// The hub's instruments on the server meter (<see cref="ServerMeter.Name"/>), exported by the Health feature:
/// connections, open documents, applied updates (a counter; its rate is updates per second) and the
/// time from receiving an update to its acknowledgement.
/// </summary>
public sealed class CollaborationMetrics
{

    private readonly UpDownCounter<long> connections;
    private readonly UpDownCounter<long> openDocuments;
    private readonly Counter<long> updates;
    private readonly Counter<long> rejected;
    private readonly Histogram<double> ackDuration;

    public CollaborationMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(ServerMeter.Name);
        connections = meter.CreateUpDownCounter<long>("lessonstudy.collab.connections", description: "Open hub connections.");
        openDocuments = meter.CreateUpDownCounter<long>("lessonstudy.collab.documents.open", description: "Documents loaded in rooms.");
        updates = meter.CreateCounter<long>("lessonstudy.collab.updates", description: "Document updates applied.");
        rejected = meter.CreateCounter<long>("lessonstudy.collab.messages.rejected", description: "Frames rejected (rights, malformed, limits).");
        ackDuration = meter.CreateHistogram<double>("lessonstudy.collab.ack.duration", unit: "ms", description: "From receiving an update to acknowledging it as durable.");
    }

    public void ConnectionOpened() => connections.Add(1);

    public void ConnectionClosed() => connections.Add(-1);

    public void DocumentLoaded() => openDocuments.Add(1);

    public void DocumentUnloaded() => openDocuments.Add(-1);

    public void UpdateApplied() => updates.Add(1);

    public void MessageRejected() => rejected.Add(1);

    public void Acknowledged(TimeSpan elapsed) => ackDuration.Record(elapsed.TotalMilliseconds);
}
