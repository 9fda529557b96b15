using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace LessonStudy.Server.Features.Rendering.Word;

/// <summary>
/// Turns Markdown blocks into Word paragraphs and tables: headings into the heading styles, lists into
/// numbered or bulleted paragraphs (nesting as list levels), pipe tables into bordered tables as wide as
/// the space they sit in, quotes and code into their styles, a thematic break into a ruled paragraph.
/// </summary>
internal sealed class DocxBlocks(DocxNumbering numbering)
{
    public List<OpenXmlElement> Write(IEnumerable<Block> blocks, int width)
    {
        var output = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            WriteBlock(block, new Place(width, ListLevel: -1, InQuote: false), output);
        }

        return output;
    }

    private void WriteBlock(Block block, Place place, List<OpenXmlElement> output)
    {
        switch (block)
        {
            case HeadingBlock heading:
                output.Add(StyledParagraph(DocxStyleIds.Heading(heading.Level), DocxInlines.Runs(heading.Inline)));
                break;
            case ParagraphBlock paragraph:
                output.Add(BodyParagraph(paragraph, place));
                break;
            case ListBlock list:
                WriteList(list, place, output);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    WriteBlock(child, place with { InQuote = true }, output);
                }

                break;
            case MarkdownTable table:
                output.Add(WriteTable(table, place.Width));
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    output.Add(StyledParagraph(DocxStyleIds.Code, [new Run(new Text(line.Slice.ToString()) { Space = SpaceProcessingModeValues.Preserve })]));
                }

                break;
            case ThematicBreakBlock:
                var rule = new Paragraph();
                rule.ParagraphProperties = new ParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "auto" }),
                };
                output.Add(rule);
                break;
            case ContainerBlock container and not LinkReferenceDefinitionGroup:
                foreach (var child in container)
                {
                    WriteBlock(child, place, output);
                }

                break;

            // Link reference definitions print nothing; raw HTML blocks do not exist in this dialect.
        }
    }

    private static Paragraph BodyParagraph(ParagraphBlock block, Place place)
    {
        var paragraph = StyledParagraph(place.InQuote ? DocxStyleIds.Quote : null, DocxInlines.Runs(block.Inline));
        if (place.ListLevel >= 0)
        {
            // A second paragraph of a list item lines up with the item's text, without a number.
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.Indentation = new Indentation { Left = Twips(DocxLayout.IndentStep * (place.ListLevel + 1)) };
        }

        return paragraph;
    }

    private void WriteList(ListBlock list, Place place, List<OpenXmlElement> output)
    {
        var level = place.ListLevel + 1;
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        var numberingId = numbering.StartList(list.IsOrdered, level, start);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraphBlock)
                {
                    var paragraph = StyledParagraph(place.InQuote ? DocxStyleIds.Quote : null, DocxInlines.Runs(paragraphBlock.Inline));
                    paragraph.ParagraphProperties ??= new ParagraphProperties();
                    paragraph.ParagraphProperties.NumberingProperties = DocxNumbering.Reference(numberingId, level);
                    if (place.InQuote)
                    {
                        paragraph.ParagraphProperties.Indentation = new Indentation { Left = Twips(DocxLayout.IndentStep * (level + 2)) };
                    }

                    output.Add(paragraph);
                }
                else
                {
                    WriteBlock(child, place with { ListLevel = level }, output);
                }

                first = false;
            }
        }
    }

    private Table WriteTable(MarkdownTable source, int width)
    {
        var rows = source.OfType<MarkdownTableRow>().ToList();
        var columns = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var columnWidth = width / columns;

        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = Twips(columnWidth * columns), Type = TableWidthUnitValues.Dxa },
            TableBorders = Borders(),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        });
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = Twips(columnWidth) });
        }

        table.Append(grid);
        foreach (var sourceRow in rows)
        {
            var row = new TableRow();
            if (sourceRow.IsHeader)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            for (var i = 0; i < columns; i++)
            {
                var sourceCell = i < sourceRow.Count ? sourceRow[i] as MarkdownTableCell : null;
                var align = Alignment(source, sourceCell is { ColumnIndex: >= 0 } placed ? placed.ColumnIndex : i);
                row.Append(Cell(sourceCell, columnWidth, align, sourceRow.IsHeader));
            }

            table.Append(row);
        }

        return table;
    }

    private TableCell Cell(MarkdownTableCell? source, int width, JustificationValues? align, bool header)
    {
        var cell = new TableCell(new TableCellProperties { TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa } });
        var content = source is null ? [] : Write(source, width - (2 * DocxLayout.CellPadding));
        foreach (var element in content)
        {
            if (element is Paragraph paragraph)
            {
                paragraph.ParagraphProperties ??= new ParagraphProperties();
                paragraph.ParagraphProperties.ParagraphStyleId ??= new ParagraphStyleId { Val = DocxStyleIds.TableText };
                if (align is { } justification)
                {
                    paragraph.ParagraphProperties.Justification = new Justification { Val = justification };
                }

                if (header)
                {
                    foreach (var run in paragraph.Elements<Run>())
                    {
                        run.RunProperties ??= new RunProperties();
                        run.RunProperties.Bold = new Bold();
                    }
                }
            }

            cell.Append(element);
        }

        EndWithParagraph(cell);
        return cell;
    }

    /// <summary>Word requires every cell to end with a paragraph (an empty cell, or one ending in a table).</summary>
    public static void EndWithParagraph(TableCell cell)
    {
        if (cell.LastChild is not Paragraph)
        {
            cell.Append(new Paragraph());
        }
    }

    public static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "auto" });

    public static Paragraph StyledParagraph(string? styleId, IEnumerable<OpenXmlElement> runs)
    {
        var paragraph = new Paragraph();
        if (styleId is not null)
        {
            paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        }

        paragraph.Append(runs);
        return paragraph;
    }

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static JustificationValues? Alignment(MarkdownTable table, int column) =>
        column >= 0 && column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => JustificationValues.Center,
                TableColumnAlign.Right => JustificationValues.Right,
                TableColumnAlign.Left => JustificationValues.Left,
                _ => null,
            }
            : null;

    /// <summary>Where a block sits: the width available, the list level (-1 outside lists), inside a quote.</summary>
    private readonly record struct Place(int Width, int ListLevel, bool InQuote);
}
