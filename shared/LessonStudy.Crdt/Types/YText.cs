using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>Skeleton of yjs <c>YText</c>; the text engineer replaces this file.</summary>
public class YText : AbstractType
{
    public YText()
    {
    }

    /// <summary>Set when a format item is integrated (yjs <c>_hasFormatting</c>); ContentFormat sets it.</summary>
    internal bool HasFormatting;

    internal override AbstractType Copy() => new YText();

    public override AbstractType Clone() => new YText();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(2);

    internal static AbstractType ReadType(IUpdateDecoder decoder) => new YText();

    /// <summary>Removes redundant formatting after a transaction (yjs <c>cleanupYTextAfterTransaction</c>).</summary>
    internal static void CleanupYTextAfterTransaction(Transaction transaction)
    {
    }
}
