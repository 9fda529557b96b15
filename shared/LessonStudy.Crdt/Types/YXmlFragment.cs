using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>Skeleton of yjs <c>YXmlFragment</c>; the types/text engineer replaces this file.</summary>
public class YXmlFragment : AbstractType
{
    public YXmlFragment()
    {
    }

    internal override AbstractType Copy() => new YXmlFragment();

    public override AbstractType Clone() => new YXmlFragment();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(4);

    internal static AbstractType ReadType(IUpdateDecoder decoder) => new YXmlFragment();
}
