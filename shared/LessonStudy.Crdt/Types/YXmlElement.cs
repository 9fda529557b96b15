using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>Skeleton of yjs <c>YXmlElement</c>; the types engineer replaces this file.</summary>
public class YXmlElement : YXmlFragment
{
    public YXmlElement()
        : this("UNDEFINED")
    {
    }

    public YXmlElement(string nodeName) => NodeName = nodeName;

    public string NodeName { get; }

    internal override AbstractType Copy() => new YXmlElement(NodeName);

    public override AbstractType Clone() => new YXmlElement(NodeName);

    internal override void Write(IUpdateEncoder encoder)
    {
        encoder.WriteTypeRef(3);
        encoder.WriteKey(NodeName);
    }

    internal static new AbstractType ReadType(IUpdateDecoder decoder) => new YXmlElement(decoder.ReadKey());
}
