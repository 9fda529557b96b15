using LessonStudy.Server.Features.Rendering;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LessonStudy.Server.Tests.Rendering;

public sealed class SafeLinksTests
{
    [Fact]
    public void Parse_UnsafeLinksImagesAndAutolinks_AreReplacedByTheirText()
    {
        var document = LessonMarkdown.Parse("甲 [**乙**](javascript:x) 丙 ![丁](data:image/png;base64,AA) 戊 <vbscript:y> 己 [好](https://a.example/)");

        var links = document.Descendants<LinkInline>().ToList();
        Assert.Equal("https://a.example/", Assert.Single(links).Url);
        Assert.Empty(document.Descendants<AutolinkInline>());
        Assert.Equal("甲 乙 丙 丁 戊 vbscript:y 己 好", SafeLinks.PlainText(Paragraph(document)));
    }

    [Fact]
    public void Parse_AfterNeutralizing_SiblingLinksAgreeBothWays()
    {
        // Markdig's tree walks go backwards as well as forwards; a broken PreviousSibling hides inlines.
        var document = LessonMarkdown.Parse("- [ ] [甲*乙*丙](javascript:x)[丁](vbscript:y) 戊 ![己](data:z) <javascript:q>");

        foreach (var container in document.Descendants<ContainerInline>())
        {
            var forward = new List<Inline>();
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                forward.Add(inline);
                Assert.Same(container, inline.Parent);
            }

            var backward = new List<Inline>();
            for (var inline = container.LastChild; inline is not null; inline = inline.PreviousSibling)
            {
                backward.Insert(0, inline);
            }

            Assert.Equal(forward, backward);
        }

        Assert.Single(document.Descendants<Markdig.Extensions.TaskLists.TaskList>());
        Assert.Single(document.Descendants<EmphasisInline>());
    }

    private static ContainerInline Paragraph(MarkdownDocument document) => document.Descendants<ParagraphBlock>().Single().Inline!;
}
