using LessonStudy.Server.Features.Rendering.Html;

namespace LessonStudy.Server.Tests.Rendering.Html;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Render_Headings_KeepLevelsAndChineseText()
    {
        var document = InertHtml.Parse(Renderer.Render("# 《春》教学设计\n\n## 一、教学目标\n\n### 1. 知识与技能\n"));

        Assert.Equal("《春》教学设计", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("一、教学目标", document.QuerySelector("h2")!.TextContent);
        Assert.Equal("1. 知识与技能", document.QuerySelector("h3")!.TextContent);
    }

    [Fact]
    public void Render_PipeTable_HasHeaderAndCells()
    {
        var html = Renderer.Render("| 环节 | 时间 |\n| :--- | ---: |\n| 导入 | 5 分钟 |\n| 新授 | 20 分钟 |\n");
        var document = InertHtml.Parse(html);

        Assert.Equal(["环节", "时间"], document.QuerySelectorAll("thead th").Select(e => e.TextContent));
        Assert.Equal(["导入", "5 分钟", "新授", "20 分钟"], document.QuerySelectorAll("tbody td").Select(e => e.TextContent));
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Lists_KeepOrderAndStart()
    {
        var document = InertHtml.Parse(Renderer.Render("3. 朗读\n4. 品味\n\n- 读\n  - 默读\n"));

        Assert.Equal("3", document.QuerySelector("ol")!.GetAttribute("start"));
        Assert.Equal(["朗读", "品味"], document.QuerySelectorAll("ol > li").Select(e => e.TextContent.Trim()));
        Assert.Equal("默读", document.QuerySelector("ul ul li")!.TextContent);
    }

    [Fact]
    public void Render_TaskList_ShowsBoxesAsText()
    {
        var document = InertHtml.Parse(Renderer.Render("- [ ] 准备课件\n- [x] 印学案\n"));

        Assert.Equal(["☐ 准备课件", "☑ 印学案"], document.QuerySelectorAll("li").Select(e => e.TextContent.Trim()));
        Assert.Null(document.QuerySelector("input"));
    }

    [Fact]
    public void Render_EmphasisExtras_RenderAsTextMarkup()
    {
        var document = InertHtml.Parse(Renderer.Render("**重点** *难点* ~~删去~~ ==标记== H~2~O x^2^"));

        Assert.Equal("重点", document.QuerySelector("strong")!.TextContent);
        Assert.Equal("难点", document.QuerySelector("em")!.TextContent);
        Assert.Equal("删去", document.QuerySelector("del")!.TextContent);
        Assert.Equal("标记", document.QuerySelector("mark")!.TextContent);
        Assert.Equal("2", document.QuerySelector("sub")!.TextContent);
        Assert.Equal("2", document.QuerySelector("sup")!.TextContent);
    }

    [Theory]
    [InlineData("[课标](https://example.com/kb?x=1#a)", "https://example.com/kb?x=1#a")]
    [InlineData("[课标](http://example.com/)", "http://example.com/")]
    [InlineData("[写信](mailto:teacher@example.com)", "mailto:teacher@example.com")]
    [InlineData("[附件](./附件/课件.pptx)", "./%E9%99%84%E4%BB%B6/%E8%AF%BE%E4%BB%B6.pptx")]
    [InlineData("[上一节](#一教学目标)", "#%E4%B8%80%E6%95%99%E5%AD%A6%E7%9B%AE%E6%A0%87")]
    [InlineData("<https://example.com/a>", "https://example.com/a")]
    [InlineData("请看 www.example.com 的资料", "http://www.example.com")]
    public void Render_AllowedLink_KeepsHrefAndAddsRel(string markdown, string href)
    {
        var anchor = InertHtml.Parse(Renderer.Render(markdown)).QuerySelector("a");

        Assert.NotNull(anchor);
        Assert.Equal(href, anchor.GetAttribute("href"));
        Assert.Equal(LessonHtmlSanitizer.LinkRel, anchor.GetAttribute("rel"));
    }

    [Fact]
    public void Render_Image_KeepsHttpsSourceAndAlt()
    {
        var image = InertHtml.Parse(Renderer.Render("![板书](https://example.com/b.png \"板书设计\")")).QuerySelector("img");

        Assert.NotNull(image);
        Assert.Equal("https://example.com/b.png", image.GetAttribute("src"));
        Assert.Equal("板书", image.GetAttribute("alt"));
        Assert.Equal("板书设计", image.GetAttribute("title"));
    }

    [Fact]
    public void Render_JavascriptLink_KeepsLabelWithoutAnchor()
    {
        var document = InertHtml.Parse(Renderer.Render("请 [**点我**](javascript:alert(1)) 看"));

        Assert.Null(document.QuerySelector("a"));
        Assert.Equal("点我", document.QuerySelector("strong")!.TextContent);
        Assert.Equal("请 点我 看", document.Body!.TextContent.Trim());
    }

    [Fact]
    public void Render_DataImage_BecomesAltText()
    {
        var document = InertHtml.Parse(Renderer.Render("![示意图](data:image/png;base64,AAAA)"));

        Assert.Null(document.QuerySelector("img"));
        Assert.Equal("示意图", document.Body!.TextContent.Trim());
    }

    [Fact]
    public void Render_RawHtml_ShowsAsText()
    {
        var document = InertHtml.Parse(Renderer.Render("用 <b>加粗</b> 标签"));

        Assert.Null(document.QuerySelector("b"));
        Assert.Equal("用 <b>加粗</b> 标签", document.Body!.TextContent.Trim());
    }

    [Fact]
    public void Render_Empty_IsEmpty()
    {
        Assert.Equal(string.Empty, Renderer.Render(string.Empty));
    }
}
