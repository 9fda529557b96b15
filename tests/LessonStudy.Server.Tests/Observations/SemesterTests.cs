using LessonStudy.Server.Features.Observations;

namespace LessonStudy.Server.Tests.Observations;

public sealed class SemesterTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("2026-autumn", "2026-09-01T00:00:00+08:00", true)]
    [InlineData("2026-autumn", "2027-01-31T23:59:59+08:00", true)]
    [InlineData("2026-autumn", "2027-02-01T00:00:00+08:00", false)]
    [InlineData("2026-autumn", "2026-08-31T23:59:59+08:00", false)]
    [InlineData("2026-autumn", "2026-08-31T16:00:00+00:00", true)] // 00:00 on 1 September in China
    [InlineData("2026-spring", "2026-02-01T00:00:00+08:00", true)]
    [InlineData("2026-spring", "2026-08-31T23:59:59+08:00", true)]
    [InlineData("2026-spring", "2026-01-31T23:59:59+08:00", false)]
    public void Contains_BoundariesInChinaTime_AreAsDocumented(string name, string at, bool expected) =>
        Assert.Equal(expected, Semester.Parse(name)!.Contains(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026")]
    [InlineData("2026-winter")]
    [InlineData("26-autumn")]
    [InlineData("+2026-autumn")]
    [InlineData("2026-autumn-x")]
    public void Parse_Malformed_IsNull(string? name) => Assert.Null(Semester.Parse(name));

    [Theory]
    [InlineData(2026, 9, 1, "2026-autumn")]
    [InlineData(2027, 1, 15, "2026-autumn")]
    [InlineData(2027, 2, 1, "2027-spring")]
    [InlineData(2027, 8, 31, "2027-spring")]
    public void Of_ADate_IsItsSemester(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Semester.Of(new DateTimeOffset(year, month, day, 12, 0, 0, China)).Name);
}
