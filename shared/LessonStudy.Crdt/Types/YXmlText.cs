using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>Skeleton of yjs <c>YXmlText</c>; the text engineer replaces this file.</summary>
public class YXmlText : YText
{
    public YXmlText()
    {
    }

    internal override AbstractType Copy() => new YXmlText();

    public override AbstractType Clone() => new YXmlText();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(6);

    internal static new AbstractType ReadType(IUpdateDecoder decoder) => new YXmlText();
}
