using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>Skeleton of yjs <c>YMap</c>; the types/text engineer replaces this file.</summary>
public class YMap : AbstractType
{
    public YMap()
    {
    }

    internal override AbstractType Copy() => new YMap();

    public override AbstractType Clone() => new YMap();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(1);

    internal static AbstractType ReadType(IUpdateDecoder decoder) => new YMap();
}
