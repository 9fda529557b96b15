using LessonStudy.Server.Features.Rendering;

namespace LessonStudy.Server.Tests.Rendering;

public sealed class UrlSchemePolicyTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://example.com")]
    [InlineData("HTTPS://example.com/a:b")]
    [InlineData("mailto:a@example.com")]
    [InlineData("./a.md")]
    [InlineData("../a/b:c")]
    [InlineData("/path:with/colon")]
    [InlineData("?q=a:b")]
    [InlineData("#section:1")]
    [InlineData("//example.com/x")]
    [InlineData("课件.pptx")]
    public void IsAllowed_AllowedOrRelative_True(string? url)
    {
        Assert.True(UrlSchemePolicy.IsAllowed(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" \t javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com")]
    [InlineData("java%73cript:alert(1)")]
    [InlineData("averyveryverylongschemename:x")]
    [InlineData(":nothing")]
    public void IsAllowed_OtherScheme_False(string url)
    {
        Assert.False(UrlSchemePolicy.IsAllowed(url));
    }
}
