using DocumentFormat.OpenXml.Wordprocessing;
using LessonStudy.Server.Features.Rendering.Word;

namespace LessonStudy.Server.Tests.Rendering.Word;

public sealed class LessonPlanDocxWriterTests
{
    private static readonly LessonPlanDocxWriter Writer = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_SamplePlan_PassesOpenXmlValidator(bool withNotesColumn)
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn));

        var errors = DocxInspection.ValidationErrors(document);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Write_EmptyPlan_IsValidAndHasTitle()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, string.Empty, withNotesColumn: true));

        Assert.Empty(DocxInspection.ValidationErrors(document));
        Assert.Equal("《荷花》", DocxInspection.Text(DocxInspection.Body(document).Elements<Paragraph>().First()));
    }

    [Fact]
    public void Write_PageSetup_IsA4WithTwoCentimetreMargins()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn: false));

        var section = DocxInspection.Body(document).Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal(1134, margin.Top!.Value);
        Assert.Equal(1134, margin.Bottom!.Value);
        Assert.Equal(1134u, margin.Left!.Value);
        Assert.Equal(1134u, margin.Right!.Value);
    }

    [Fact]
    public void Write_BodyStyle_IsSongtiXiaosiAtOneAndAHalfLines()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn: false));

        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!;
        var run = defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("宋体", run.RunFonts!.EastAsia!.Value);
        Assert.Equal("24", run.FontSize!.Val!.Value);
        var spacing = defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;
        Assert.Equal("360", spacing.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Auto, spacing.LineRule!.Value);

        var normal = DocxInspection.Style(document, "Normal");
        Assert.True(normal.Default!.Value);
        Assert.Equal("宋体", normal.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("24", normal.StyleRunProperties.FontSize!.Val!.Value);
        Assert.Equal("360", normal.StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value);
    }

    [Fact]
    public void Write_Title_IsTheLessonInHeiti()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn: false));

        var first = DocxInspection.Body(document).Elements<Paragraph>().First();
        Assert.Equal("Title", DocxInspection.StyleOf(first));
        Assert.Equal("《荷花》", DocxInspection.Text(first));
        var title = DocxInspection.Style(document, "Title");
        Assert.Equal("黑体", title.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal(JustificationValues.Center, title.StyleParagraphProperties!.Justification!.Val!.Value);

        // The plan's own "# 《荷花》" repeats the title and is left out; the info line follows the title.
        Assert.Single(DocxInspection.Body(document).Descendants<Paragraph>(), p => DocxInspection.Text(p) == "《荷花》");
        var info = DocxInspection.Text(DocxInspection.Body(document).Elements<Paragraph>().ElementAt(1));
        Assert.Equal("学科：语文　　年级：三年级　　课时：第1课时　　执教教师：王芳　　版本：第1轮·授课版", info);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_Headings_AppearInOrderWithHeadingStyles(bool withNotesColumn)
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn));

        var headings = DocxInspection.Body(document).Descendants<Paragraph>()
            .Where(p => DocxInspection.StyleOf(p) is "Heading1" or "Heading2" or "Heading3")
            .Select(p => (DocxInspection.StyleOf(p), DocxInspection.Text(p)))
            .ToList();

        Assert.Equal(SamplePlan.Headings, headings.Select(h => h.Item2));
        Assert.Equal("Heading2", headings[0].Item1);
        Assert.Equal("Heading3", headings[4].Item1);
        Assert.Equal("黑体", DocxInspection.Style(document, "Heading1").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal(1, DocxInspection.Style(document, "Heading2").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void Write_Header_NamesSchoolGroupLessonTeacherAndDate()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn: false));

        var main = document.MainDocumentPart!;
        var reference = DocxInspection.Body(document).Elements<SectionProperties>().Single().GetFirstChild<HeaderReference>()!;
        var header = ((DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(reference.Id!.Value!)).Header!;
        var text = DocxInspection.Text(header);
        Assert.Contains("实验小学", text, StringComparison.Ordinal);
        Assert.Contains("三年级语文备课组", text, StringComparison.Ordinal);
        Assert.Contains("课题：《荷花》", text, StringComparison.Ordinal);
        Assert.Contains("执教教师：王芳", text, StringComparison.Ordinal);
        Assert.Contains("日期：2025年3月14日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithNotesColumn_BodySitsInTwoColumnTableWithBlankRightThird()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn: true));

        var body = DocxInspection.Body(document);
        var table = Assert.Single(body.Elements<Table>());
        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, widths.Count);
        Assert.Equal(11906 - (2 * 1134), widths.Sum());
        Assert.InRange(widths[1] / (double)widths.Sum(), 0.30, 0.36);

        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["教学设计", "二次备课"], rows[0].Elements<TableCell>().Select(DocxInspection.Text));

        // One row per ## section (7), each right-hand cell empty.
        Assert.Equal(7, rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Elements<TableCell>().ToList();
            Assert.Equal(2, cells.Count);
            Assert.Equal(string.Empty, DocxInspection.Text(cells[1]));
            Assert.NotEqual(string.Empty, DocxInspection.Text(cells[0]));
        }

        Assert.Contains("（二）新授", DocxInspection.Text(rows[4]), StringComparison.Ordinal);
        Assert.Single(rows[4].Descendants<Table>()); // the Markdown table, nested in its section's cell
    }

    [Fact]
    public void Write_WithoutNotesColumn_OnlyTheMarkdownTable()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn: false));

        var table = Assert.Single(DocxInspection.Body(document).Descendants<Table>());
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(["环节", "时间", "方式"], rows[0].Elements<TableCell>().Select(DocxInspection.Text));
        Assert.Equal(["精读", "15 分钟", "小组"], rows[2].Elements<TableCell>().Select(DocxInspection.Text));
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        var alignments = rows[1].Elements<TableCell>().Select(c => c.Descendants<Justification>().Single().Val!.Value).ToList();
        Assert.Equal([JustificationValues.Left, JustificationValues.Center, JustificationValues.Right], alignments);
    }

    [Fact]
    public void Write_ChineseText_IsIntact()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn: false));

        var text = string.Join("\n", DocxInspection.Body(document).Descendants<Paragraph>().Select(DocxInspection.Text));
        Assert.Contains("认识“荷、挨”等 8 个生字，会写“瓣、蓬”等 13 个字。", text, StringComparison.Ordinal);
        Assert.Contains("难点：体会“一池的荷花就是一大幅活的画”。", text, StringComparison.Ordinal);
        Assert.Contains("荷花：挨挨挤挤、冒出来", text, StringComparison.Ordinal);
        Assert.Contains("板书：荷花 — 美", text, StringComparison.Ordinal);
        Assert.Contains("☑ 课件", text, StringComparison.Ordinal);
        Assert.Contains("☐ 荷花图片", text, StringComparison.Ordinal);
        Assert.Contains("[图片：板书照片]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Links_SafeOnesShowTheirAddressUnsafeOnesOnlyText()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn: false));

        var text = DocxInspection.Text(DocxInspection.Body(document));
        Assert.Contains("课标（https://example.com/kb）", text, StringComparison.Ordinal);
        Assert.Contains("与 危险。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Write_Lists_AreNumberedWithLevelsAndRestart()
    {
        using var document = DocxInspection.Open(Writer.Write(SamplePlan.Info, SamplePlan.Markdown, withNotesColumn: false));

        var listParagraphs = DocxInspection.Body(document).Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .ToDictionary(DocxInspection.Text, p => p.ParagraphProperties!.NumberingProperties!);
        Assert.Equal(0, listParagraphs["有感情地朗读课文，背诵第2～4自然段。"].NumberingLevelReference!.Val!.Value);
        Assert.Equal(1, listParagraphs["体会作者的想象 想象。"].NumberingLevelReference!.Val!.Value);

        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var readingList = listParagraphs["朗读"].NumberingId!.Val!.Value;
        Assert.NotEqual(listParagraphs["有感情地朗读课文，背诵第2～4自然段。"].NumberingId!.Val!.Value, readingList);
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == readingList);
        Assert.Equal(3, instance.Descendants<StartOverrideNumberingValue>().Single().Val!.Value);
        var abstractId = instance.AbstractNumId!.Val!.Value;
        var format = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId).Elements<Level>().First().NumberingFormat!.Val!.Value;
        Assert.Equal(NumberFormatValues.Decimal, format);
    }
}
