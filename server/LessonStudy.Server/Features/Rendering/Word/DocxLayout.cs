namespace LessonStudy.Server.Features.Rendering.Word;

/// <summary>
/// The school template in numbers. Word measures lengths in twips (1/20 pt; 1 cm ≈ 567) and font sizes in
/// half-points, so 小四 (12 pt) is 24 and the Chinese size names map as 小二 36, 四号 28, 小四 24, 五号 21, 小五 18.
/// </summary>
internal static class DocxLayout
{
    public const uint PageWidth = 11906;   // A4, 210 mm
    public const uint PageHeight = 16838;  // A4, 297 mm
    public const int Margin = 1134;        // 2 cm
    public const uint HeaderDistance = 567; // 1 cm from the edge
    public const int TextWidth = (int)PageWidth - (2 * Margin);

    /// <summary>The 二次备课 column: a third of the text width, the rest is the plan.</summary>
    public const int NotesColumnWidth = TextWidth / 3;
    public const int DesignColumnWidth = TextWidth - NotesColumnWidth;

    /// <summary>Word's default cell padding (0.19 cm) on each side, taken off nested tables.</summary>
    public const int CellPadding = 108;

    public const string BodyFont = "宋体";
    public const string TitleFont = "黑体";
    public const string LatinFont = "Times New Roman";
    public const string CodeFont = "Consolas";

    public const string TitleSize = "36";     // 小二
    public const string Heading1Size = "28";  // 四号
    public const string BodySize = "24";      // 小四
    public const string InfoSize = "21";      // 五号
    public const string HeaderSize = "18";    // 小五

    /// <summary>1.5 lines: "auto" spacing counts in 240ths of a line.</summary>
    public const string LineSpacing = "360";
    public const string SingleLineSpacing = "240";

    /// <summary>Two Chinese characters of 小四 — the usual indent step for lists and quotes.</summary>
    public const int IndentStep = 480;
}
