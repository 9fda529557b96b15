using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Tests.Versions;

public class VersionFreezerTests
{
    [Fact]
    public void ChangesBetween_IsTheGrowthOfEachMembersTotals_LeavingOutTheServerAndTheIdle()
    {
        IReadOnlyList<MemberChange> before = [new("teach", 10, 2), new("mem", 5, 0), new(DocumentAttribution.ServerUser, 80, 0)];
        IReadOnlyList<MemberChange> after = [new("teach", 14, 9), new("mem", 5, 0), new("obs", 3, 1), new(DocumentAttribution.ServerUser, 120, 0)];

        var changes = VersionFreezer.ChangesBetween(before, after);

        Assert.Equal([new MemberChange("teach", 4, 7), new MemberChange("obs", 3, 1)], changes);
    }

    [Fact]
    public void Authorship_MapsClientsToUsersAndMergesAdjacentRunsOfOneUser()
    {
        IReadOnlyList<TextRun> runs = [new(0, 5, 1), new(5, 3, 2), new(8, 4, 3), new(12, 2, 9)];
        var owners = new Dictionary<ulong, string> { [1] = "teach", [2] = "teach", [3] = "mem" };

        var authored = VersionFreezer.Authorship(runs, owners);

        Assert.Equal([new AuthoredRun(0, 8, "teach"), new AuthoredRun(8, 4, "mem"), new AuthoredRun(12, 2, null)], authored);
    }
}
