using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests;

public class SmokeTests
{
    [Fact]
    public void Limits_Default_IsPositive() => Assert.True(DecodeLimits.Default.MaxInputBytes > 0);
}
