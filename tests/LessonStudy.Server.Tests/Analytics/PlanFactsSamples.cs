using LessonStudy.Server.Features.Analytics;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Tests.Analytics;

/// <summary>Stored records of a small plan, built by hand, for the calculators' unit tests.</summary>
internal static class PlanFactsSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 10, 12, 1, 0, 0, TimeSpan.Zero);

    public static PlanFacts Plan(
        IReadOnlyList<TransitionRecord>? transitions = null,
        PlanStage stage = PlanStage.Draft,
        int round = 1,
        IReadOnlyList<VersionRecord>? versions = null,
        IReadOnlyList<CommentFact>? comments = null,
        IReadOnlyList<ObservationFact>? observations = null,
        IReadOnlyList<ReflectionFact>? reflections = null)
    {
        var group = new GroupRecord(GroupRecord.CurrentSchemaVersion, "g1", "初一数学组", "实验中学", "数学", "七年级",
            [new("lead", "组长", PlanRole.Leader, T0), new("teach", "执教", PlanRole.Member, T0), new("mem", "组员", PlanRole.Member, T0)], T0, "lead");
        var plan = new PlanRecord(PlanRecord.CurrentSchemaVersion, "p1", "g1", "有理数", "数学", "七年级", "第1课时", "teach", "执教", "d1",
            stage, round, [new("obs", "观课", "lead", T0)], [], transitions ?? [], T0, "lead", null);
        return new PlanFacts(plan, group, versions ?? [], comments ?? [], observations ?? [], reflections ?? [], []);
    }

    public static VersionRecord Version(string id, int round, DateTimeOffset at, string markdown, IReadOnlyList<MemberChange> changes, IReadOnlyList<AuthoredRun>? runs = null) =>
        new(VersionRecord.CurrentSchemaVersion, id, "p1", id, round, "discussion", VersionRecord.TransitionKind, "teach", at, markdown, [], runs ?? [], changes, null);

    public static CommentFact Comment(string id, string author, string category, DispositionFact? disposition = null, bool deleted = false, params ReplyFact[] replies) =>
        new(id, 1, "discussion", null, author, author, category, "body", null, null, T0, null, 0, deleted ? T0 : null, false, null, null,
            replies, disposition is null ? [] : [disposition]);

    public static DispositionFact Disposition(string value) => new(value, null, null, "teach", 1, T0);
}
