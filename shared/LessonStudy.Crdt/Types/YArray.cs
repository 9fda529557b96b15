using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>Skeleton of yjs <c>YArray</c>; the types/text engineer replaces this file.</summary>
public class YArray : AbstractType
{
    public YArray()
    {
    }

    internal override AbstractType Copy() => new YArray();

    public override AbstractType Clone() => new YArray();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(0);

    internal static AbstractType ReadType(IUpdateDecoder decoder) => new YArray();
}
