using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Inspection;

/// <summary>
/// Guesses the kind of a root that was created by decoding an update (so its concrete type is not
/// known). The rule is shared with the yjs oracle (<c>tests/oracle/dump.mjs</c>) and must stay
/// identical there:
/// <list type="number">
/// <item>No sequence items: a map if it has map entries (deleted ones count), otherwise nothing.</item>
/// <item>Any item (deleted ones included) holding an XmlElement, XmlText or XmlHook: xml.</item>
/// <item>Otherwise any String, Format or Embed content: text.</item>
/// <item>Otherwise: array.</item>
/// </list>
/// Inference is lossy by nature: a fully deleted, garbage-collected text looks like an array.
/// </summary>
public static class RootKindInference
{
    /// <returns>The kind, or <c>null</c> when the root holds nothing at all.</returns>
    public static RootKind? Infer(AbstractType root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.Start is null)
        {
            return root.Map.Count > 0 ? RootKind.Map : null;
        }

        var textish = false;
        for (var item = root.Start; item is not null; item = item.Right)
        {
            switch (item.Content)
            {
                case ContentType { Type: YXmlElement or YXmlText or YXmlHook }:
                    return RootKind.Xml;
                case ContentString or ContentFormat or ContentEmbed:
                    textish = true;
                    break;
            }
        }

        return textish ? RootKind.Text : RootKind.Array;
    }
}
