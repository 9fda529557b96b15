using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace LessonStudy.Server.Features.Rendering.Word;

/// <summary>
/// Writes a version of a plan as a Word 教案 on the school template (<see cref="DocxLayout"/>,
/// <see cref="DocxStyles"/>): A4 with 2 cm margins, a header naming school, group, 课题, 执教教师 and date,
/// the 课题 as a 黑体 title, an info line, then the plan's Markdown. With the notes column the body sits in a
/// two-column table, one row per section, the right third left blank for 二次备课 by hand.
/// Stateless and thread-safe.
/// </summary>
public sealed class LessonPlanDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public byte[] Write(LessonPlanDocxInfo info, string markdown, bool withNotesColumn)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(markdown);

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = info.Title;
            package.PackageProperties.Creator = info.Teacher;
            package.PackageProperties.Subject = $"{info.Subject} {info.Grade}".Trim();
            package.PackageProperties.Description = info.VersionName;

            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();

            var header = main.AddNewPart<HeaderPart>();
            header.Header = Header(info);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer();

            var numbering = new DocxNumbering();
            var body = new Body(
                DocxBlocks.StyledParagraph(DocxStyleIds.Title, [new Run(new Text(info.Title))]),
                DocxBlocks.StyledParagraph(DocxStyleIds.PlanInfo, [new Run(new Text(InfoLine(info)) { Space = SpaceProcessingModeValues.Preserve })]));

            var blocks = BodyBlocks(LessonMarkdown.Parse(markdown), info.Title);
            var writer = new DocxBlocks(numbering);
            if (withNotesColumn)
            {
                body.Append(DocxNotesTable.Create(writer, blocks));
            }
            else
            {
                body.Append(writer.Write(blocks, DocxLayout.TextWidth));
            }

            body.Append(Section(main.GetIdOfPart(header), main.GetIdOfPart(footer)));
            main.Document = new Document(body);

            if (!numbering.IsEmpty)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Build();
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The plan's blocks, without a leading <c># 课题</c> heading that only repeats the title above it.
    /// </summary>
    private static List<Block> BodyBlocks(MarkdownDocument document, string title)
    {
        var blocks = document.ToList();
        if (blocks.FirstOrDefault() is HeadingBlock { Level: 1 } first
            && string.Equals(SafeLinks.PlainText(first.Inline!).Trim(), title.Trim(), StringComparison.Ordinal))
        {
            blocks.RemoveAt(0);
        }

        return blocks;
    }

    private static string InfoLine(LessonPlanDocxInfo info)
    {
        var parts = new[]
        {
            ("学科", info.Subject), ("年级", info.Grade), ("课时", info.Lesson), ("执教教师", info.Teacher), ("版本", info.VersionName),
        };
        return string.Join("　　", parts.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}：{p.Item2}"));
    }

    private static Header Header(LessonPlanDocxInfo info) => new(
        DocxBlocks.StyledParagraph(DocxStyleIds.Header, [new Run(new Text($"{info.School}　{info.Group}".Trim()) { Space = SpaceProcessingModeValues.Preserve })]),
        DocxBlocks.StyledParagraph(DocxStyleIds.Header, [new Run(new Text($"课题：{info.Title}　　执教教师：{info.Teacher}　　日期：{info.DateText}") { Space = SpaceProcessingModeValues.Preserve })]));

    private static Footer Footer() => new(
        DocxBlocks.StyledParagraph(DocxStyleIds.Footer,
        [
            new Run(new Text("第 ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" 页") { Space = SpaceProcessingModeValues.Preserve }),
        ]));

    private static SectionProperties Section(string headerId, string footerId)
    {
        var margin = DocxLayout.Margin;
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = DocxLayout.PageWidth, Height = DocxLayout.PageHeight },
            new PageMargin
            {
                Top = margin,
                Bottom = margin,
                Left = (uint)margin,
                Right = (uint)margin,
                Header = DocxLayout.HeaderDistance,
                Footer = DocxLayout.HeaderDistance,
                Gutter = 0,
            });
    }
}
