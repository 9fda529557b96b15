using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace LessonStudy.Server.Features.Rendering.Word;

/// <summary>
/// The 二次备课 layout: a two-column table as wide as the text, the plan on the left two thirds and an empty
/// right third for handwritten notes. One row per section (a new row at each <c>#</c>/<c>##</c> heading), so
/// that notes sit beside the part they are about and rows break across pages; the title row repeats on
/// every page.
/// </summary>
internal static class DocxNotesTable
{
    public const string DesignHeading = "教学设计";
    public const string NotesHeading = "二次备课";

    public static Table Create(DocxBlocks writer, IReadOnlyList<Block> blocks)
    {
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = DocxBlocks.Twips(DocxLayout.TextWidth), Type = TableWidthUnitValues.Dxa },
                TableBorders = DocxBlocks.Borders(),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(
                new GridColumn { Width = DocxBlocks.Twips(DocxLayout.DesignColumnWidth) },
                new GridColumn { Width = DocxBlocks.Twips(DocxLayout.NotesColumnWidth) }));

        table.Append(new TableRow(
            new TableRowProperties(new TableHeader()),
            HeadingCell(DesignHeading, DocxLayout.DesignColumnWidth),
            HeadingCell(NotesHeading, DocxLayout.NotesColumnWidth)));

        foreach (var section in Sections(blocks))
        {
            var design = Cell(DocxLayout.DesignColumnWidth);
            design.Append(writer.Write(section, DocxLayout.DesignColumnWidth - (2 * DocxLayout.CellPadding)));
            DocxBlocks.EndWithParagraph(design);

            var notes = Cell(DocxLayout.NotesColumnWidth);
            DocxBlocks.EndWithParagraph(notes);

            table.Append(new TableRow(design, notes));
        }

        return table;
    }

    private static IEnumerable<List<Block>> Sections(IReadOnlyList<Block> blocks)
    {
        var current = new List<Block>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock { Level: <= 2 } && current.Count > 0)
            {
                yield return current;
                current = [];
            }

            current.Add(block);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static TableCell Cell(int width) =>
        new(new TableCellProperties { TableCellWidth = new TableCellWidth { Width = DocxBlocks.Twips(width), Type = TableWidthUnitValues.Dxa } });

    private static TableCell HeadingCell(string text, int width)
    {
        var cell = Cell(width);
        var paragraph = DocxBlocks.StyledParagraph(DocxStyleIds.TableText, [new Run(new RunProperties { Bold = new Bold() }, new Text(text))]);
        paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
        cell.Append(paragraph);
        return cell;
    }
}
