using LessonStudy.Server.Features.Rendering;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Tests.Rendering;

public sealed class VersionStatsTests
{
    [Fact]
    public void Of_Changes_NamedAndMostActiveFirstWithTotals()
    {
        var version = new VersionRecord(
            VersionRecord.CurrentSchemaVersion, "v2", "p1", "第1轮·集体研讨稿", 1, "discussion", VersionRecord.TransitionKind, "t",
            new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), "text", [], [],
            [new MemberChange("t", 10, 2), new MemberChange("li", 40, 5), new MemberChange("gone", 1, 0)], "v1");

        var stats = VersionStats.Of(version, new Dictionary<string, string> { ["t"] = "王芳", ["li"] = "李明" });

        Assert.Equal([("li", "李明", 40, 5), ("t", "王芳", 10, 2), ("gone", "gone", 1, 0)], stats.Members.Select(m => (m.UserId, m.DisplayName, m.Added, m.Removed)));
        Assert.Equal((51, 7), (stats.Added, stats.Removed));
        Assert.Equal(("p1", "v2", "v1", "第1轮·集体研讨稿"), (stats.PlanId, stats.VersionId, stats.PreviousVersionId, stats.Name));
    }
}
