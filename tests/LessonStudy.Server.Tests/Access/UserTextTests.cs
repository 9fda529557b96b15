using LessonStudy.Server.Features.Access;

namespace LessonStudy.Server.Tests.Access;

public sealed class UserTextTests
{
    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("  李老师 ", "李老师")]
    [InlineData("a😀b", "a😀b")]
    public void Normalize_ValidText_ReturnsTrimmed(string input, string expected) =>
        Assert.Equal(expected, UserText.Normalize(input, 64, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\u0000b")]
    [InlineData("a\nb")]
    [InlineData("a\u007fb")]
    public void Normalize_InvalidText_ReturnsNullWithReason(string? input)
    {
        Assert.Null(UserText.Normalize(input, 64, out var error));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Normalize_LoneSurrogate_ReturnsNull()
    {
        // Built here, not in InlineData: xUnit's theory data serialization would replace a lone surrogate.
        Assert.Null(UserText.Normalize("a" + '\ud800' + "b", 64, out _));
        Assert.Null(UserText.Normalize("a" + '\udc00', 64, out _));
        Assert.Null(UserText.Normalize('\udc00' + "\ud83d\ude00", 64, out _));
    }

    [Fact]
    public void Normalize_LongerThanMax_ReturnsNull()
    {
        Assert.NotNull(UserText.Normalize(new string('x', 64), 64, out _));
        Assert.Null(UserText.Normalize(new string('x', 65), 64, out var error));
        Assert.Contains("64", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_LineBreaks_OnlyInFreeText()
    {
        Assert.Null(UserText.Normalize("教学\n目标", 64, out _));
        Assert.Equal("教学\n目标\t一", UserText.Normalize("教学\n目标\t一", 64, allowLineBreaks: true, out _));
        Assert.Null(UserText.Normalize("教学\u0007目标", 64, allowLineBreaks: true, out var error));
        Assert.Contains("control", error, StringComparison.Ordinal);
    }
}
