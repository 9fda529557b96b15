using LessonStudy.Server.Features.Rendering.Html;

namespace LessonStudy.Server.Tests.Rendering.Html;

public sealed class MarkdownRendererXssTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in XssCorpus.Load())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Corpus_Loaded_HasAtLeastFortyDistinctCases()
    {
        var cases = XssCorpus.Load();

        Assert.True(cases.Count >= 40, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Markdown), c.Name));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Render_CorpusCase_OutputIsInert(string name)
    {
        var markdown = XssCorpus.Load().Single(c => c.Name == name).Markdown;

        var html = Renderer.Render(markdown);

        Assert.True(InertHtml.Problems(html) is { Count: 0 }, $"{name}: {string.Join("; ", InertHtml.Problems(html))}\n{html}");
    }

    [Fact]
    public void Render_EveryCaseWithoutTheSanitizer_IsAlreadyInert()
    {
        // The Markdown stage alone (no raw HTML, links neutralised in the tree) must hold; the sanitizer is
        // a second wall, not the only one. Raw HTML shows as text, so no case may produce an element here.
        foreach (var (name, markdown) in XssCorpus.Load())
        {
            var html = MarkdownRenderer.RenderUnsanitized(markdown);

            Assert.True(InertHtml.Problems(html) is { Count: 0 }, $"{name}: {string.Join("; ", InertHtml.Problems(html))}\n{html}");
        }
    }

    [Fact]
    public void Oracle_KnownDangerousHtml_IsReported()
    {
        // The oracle itself must be able to fail, or the corpus proves nothing.
        Assert.NotEmpty(InertHtml.Problems("<script>alert(1)</script>"));
        Assert.NotEmpty(InertHtml.Problems("<img src=x onerror=alert(1)>"));
        Assert.NotEmpty(InertHtml.Problems("<a href=\" JaVa&#x09;ScRiPt:alert(1)\">x</a>"));
        Assert.NotEmpty(InertHtml.Problems("<img src=\"data:image/svg+xml,x\">"));
        Assert.NotEmpty(InertHtml.Problems("<p style=\"x:expression(1)\">x</p>"));
        Assert.NotEmpty(InertHtml.Problems("<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>"));
        Assert.Empty(InertHtml.Problems("<p><a href=\"https://example.com/a?b#c\">x</a> <a href=\"./rel:x/y\">y</a></p>"));
    }
}
