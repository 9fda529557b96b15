using LessonStudy.Server.Features.Rendering.Compare;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Tests.Rendering.Compare;

public sealed class AuthorshipMapTests
{
    [Fact]
    public void AuthorsOf_MixedRange_MostCharactersFirstUnknownLeftOut()
    {
        var map = new AuthorshipMap(10, [new AuthoredRun(0, 2, "a"), new AuthoredRun(2, 5, "b"), new AuthoredRun(7, 1, null), new AuthoredRun(8, 2, "a")]);

        Assert.Equal(["b", "a"], map.AuthorsOf(0, 10));
        Assert.Equal(["a", "b"], map.AuthorsOf(1, 2));
        Assert.Null(map.AuthorAt(7));
        Assert.Empty(map.AuthorsOf(7, 1));
    }

    [Fact]
    public void Constructor_RunsBeyondTheText_AreClamped()
    {
        var map = new AuthorshipMap(4, [new AuthoredRun(-3, 5, "a"), new AuthoredRun(3, 100, "b"), new AuthoredRun(int.MaxValue, int.MaxValue, "c")]);

        Assert.Equal(["a", "a", null, "b"], Enumerable.Range(0, 4).Select(map.AuthorAt));
        Assert.Null(map.AuthorAt(4));
    }
}
