using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LessonStudy.Server.Features.Rendering.Word;

/// <summary>
/// List numbering for the body. Two abstract definitions (bullets, decimals) with nine levels each; every
/// Markdown list gets its own numbering instance so that each ordered list starts again at its own first
/// number (Markdown's <c>3.</c> starts at 3) instead of continuing the previous list.
/// </summary>
internal sealed class DocxNumbering
{
    private const int BulletAbstractId = 1;
    private const int DecimalAbstractId = 2;
    private const int Levels = 9;

    private readonly List<NumberingInstance> instances = [];

    public bool IsEmpty => instances.Count == 0;

    /// <summary>A new instance for one list; its number goes into the list's paragraphs.</summary>
    public int StartList(bool ordered, int level, int start)
    {
        var id = instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? DecimalAbstractId : BulletAbstractId }) { NumberID = id };
        if (ordered)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = Math.Min(level, Levels - 1) });
        }

        instances.Add(instance);
        return id;
    }

    public static NumberingProperties Reference(int numberingId, int level) => new(
        new NumberingLevelReference { Val = Math.Min(level, Levels - 1) },
        new NumberingId { Val = numberingId });

    /// <summary>The numbering part's content: abstract definitions first, then instances (schema order).</summary>
    public Numbering Build()
    {
        var numbering = new Numbering(AbstractDefinition(BulletAbstractId, ordered: false), AbstractDefinition(DecimalAbstractId, ordered: true));
        foreach (var instance in instances)
        {
            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum AbstractDefinition(int id, bool ordered)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < Levels; level++)
        {
            var indent = DocxLayout.IndentStep * (level + 1);
            definition.Append(new Level
            {
                LevelIndex = level,
                StartNumberingValue = new StartNumberingValue { Val = 1 },
                NumberingFormat = new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                LevelText = new LevelText { Val = ordered ? OrderedText(level) : BulletText(level) },
                LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left },
                PreviousParagraphProperties = new PreviousParagraphProperties
                {
                    Indentation = new Indentation
                    {
                        Left = indent.ToString(CultureInfo.InvariantCulture),
                        Hanging = (DocxLayout.IndentStep / 2 + 120).ToString(CultureInfo.InvariantCulture),
                    },
                },
            });
        }

        return definition;
    }

    /// <summary>1. then (1) then 1) — the way Chinese plans number points within points.</summary>
    private static string OrderedText(int level) => level switch
    {
        0 => "%1.",
        1 => "(%2)",
        _ => $"%{level + 1})",
    };

    private static string BulletText(int level) => (level % 3) switch
    {
        0 => "●",
        1 => "○",
        _ => "■",
    };
}
