using DocumentFormat.OpenXml.Wordprocessing;

namespace LessonStudy.Server.Features.Rendering.Word;

/// <summary>
/// The template's styles: defaults of 宋体 小四 at 1.5 lines (East-Asian font set explicitly, Latin text in
/// Times New Roman), a 黑体 title and headings with outline levels (Word's navigation pane), and the small
/// styles for the info line, quotes, code, tables, header and footer.
/// </summary>
internal static class DocxStyles
{
    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = Fonts(DocxLayout.BodyFont),
                    FontSize = new FontSize { Val = DocxLayout.BodySize },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = DocxLayout.BodySize },
                    Languages = new Languages { Val = "en-US", EastAsia = "zh-CN" },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                {
                    SpacingBetweenLines = OneAndAHalfLines(),
                })));

        styles.Append(
            Paragraph(DocxStyleIds.Normal, "Normal", basedOn: null, isDefault: true,
                new StyleParagraphProperties { SpacingBetweenLines = OneAndAHalfLines() },
                new StyleRunProperties
                {
                    RunFonts = Fonts(DocxLayout.BodyFont),
                    FontSize = new FontSize { Val = DocxLayout.BodySize },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = DocxLayout.BodySize },
                }),
            Paragraph(DocxStyleIds.Title, "Title", DocxStyleIds.Normal, isDefault: false,
                new StyleParagraphProperties
                {
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "120", Line = DocxLayout.LineSpacing, LineRule = LineSpacingRuleValues.Auto },
                    Justification = new Justification { Val = JustificationValues.Center },
                    OutlineLevel = new OutlineLevel { Val = 0 },
                },
                HeadingRun(DocxLayout.TitleFont, DocxLayout.TitleSize, bold: false)),
            Paragraph(DocxStyleIds.PlanInfo, "Plan Info", DocxStyleIds.Normal, isDefault: false,
                new StyleParagraphProperties
                {
                    SpacingBetweenLines = new SpacingBetweenLines { After = "240", Line = DocxLayout.SingleLineSpacing, LineRule = LineSpacingRuleValues.Auto },
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                SizedRun(DocxLayout.InfoSize)),
            Heading(DocxStyleIds.Heading1, "heading 1", 0, DocxLayout.TitleFont, DocxLayout.Heading1Size, bold: false),
            Heading(DocxStyleIds.Heading2, "heading 2", 1, DocxLayout.TitleFont, DocxLayout.BodySize, bold: false),
            Heading(DocxStyleIds.Heading3, "heading 3", 2, DocxLayout.BodyFont, DocxLayout.BodySize, bold: true),
            Paragraph(DocxStyleIds.Quote, "Quote", DocxStyleIds.Normal, isDefault: false,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 12, Space = 8, Color = "A0A0A0" }),
                    Indentation = new Indentation { Left = DocxLayout.IndentStep.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                },
                new StyleRunProperties { Color = new Color { Val = "555555" } }),
            Paragraph(DocxStyleIds.Code, "Code", DocxStyleIds.Normal, isDefault: false,
                new StyleParagraphProperties
                {
                    Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" },
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = DocxLayout.SingleLineSpacing, LineRule = LineSpacingRuleValues.Auto },
                },
                new StyleRunProperties
                {
                    RunFonts = new RunFonts { Ascii = DocxLayout.CodeFont, HighAnsi = DocxLayout.CodeFont, ComplexScript = DocxLayout.CodeFont, EastAsia = DocxLayout.BodyFont },
                    FontSize = new FontSize { Val = DocxLayout.InfoSize },
                }),
            Paragraph(DocxStyleIds.TableText, "Table Text", DocxStyleIds.Normal, isDefault: false,
                new StyleParagraphProperties
                {
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = DocxLayout.SingleLineSpacing, LineRule = LineSpacingRuleValues.Auto },
                },
                SizedRun(DocxLayout.InfoSize)),
            Paragraph(DocxStyleIds.Header, "header", DocxStyleIds.Normal, isDefault: false,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "auto" }),
                    SpacingBetweenLines = new SpacingBetweenLines { Line = DocxLayout.SingleLineSpacing, LineRule = LineSpacingRuleValues.Auto },
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                SizedRun(DocxLayout.HeaderSize)),
            Paragraph(DocxStyleIds.Footer, "footer", DocxStyleIds.Normal, isDefault: false,
                new StyleParagraphProperties
                {
                    SpacingBetweenLines = new SpacingBetweenLines { Line = DocxLayout.SingleLineSpacing, LineRule = LineSpacingRuleValues.Auto },
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                SizedRun(DocxLayout.HeaderSize)));
        return styles;
    }

    /// <summary>Chinese in <paramref name="eastAsia"/>, Latin letters and digits in Times New Roman.</summary>
    public static RunFonts Fonts(string eastAsia) => new()
    {
        Ascii = DocxLayout.LatinFont,
        HighAnsi = DocxLayout.LatinFont,
        ComplexScript = DocxLayout.LatinFont,
        EastAsia = eastAsia,
    };

    private static SpacingBetweenLines OneAndAHalfLines() =>
        new() { Before = "0", After = "0", Line = DocxLayout.LineSpacing, LineRule = LineSpacingRuleValues.Auto };

    private static Style Heading(string id, string name, int outlineLevel, string font, string size, bool bold) =>
        Paragraph(id, name, DocxStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "60", Line = DocxLayout.LineSpacing, LineRule = LineSpacingRuleValues.Auto },
                OutlineLevel = new OutlineLevel { Val = outlineLevel },
            },
            HeadingRun(font, size, bold));

    private static StyleRunProperties HeadingRun(string font, string size, bool bold) => new()
    {
        RunFonts = Fonts(font),
        Bold = bold ? new Bold() : null,
        FontSize = new FontSize { Val = size },
        FontSizeComplexScript = new FontSizeComplexScript { Val = size },
    };

    private static StyleRunProperties SizedRun(string size) => new()
    {
        FontSize = new FontSize { Val = size },
        FontSizeComplexScript = new FontSizeComplexScript { Val = size },
    };

    private static Style Paragraph(
        string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties run) => new()
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = isDefault ? true : null,
            StyleName = new StyleName { Val = name },
            BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
            NextParagraphStyle = new NextParagraphStyle { Val = DocxStyleIds.Normal },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = paragraph,
            StyleRunProperties = run,
        };
}
