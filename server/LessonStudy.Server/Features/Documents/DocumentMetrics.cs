using System.Diagnostics.Metrics;
using LessonStudy.Server.Features.Health;

namespace LessonStudy.Server.Features.Documents;

/// <summary>Documents created and shared (meter <see cref="ServerMeter.Name"/>).</summary>
public sealed class DocumentMetrics
{
    private readonly Counter<long> created;
    private readonly Counter<long> shared;

    public DocumentMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ServerMeter.Name);
        created = meter.CreateCounter<long>("lessonstudy.documents.created", "{document}", "Documents created.");
        shared = meter.CreateCounter<long>("lessonstudy.documents.members_set", "{member}", "Members added to documents or given other rights.");
    }

    public void Created() => created.Add(1);

    public void MemberSet() => shared.Add(1);
}
