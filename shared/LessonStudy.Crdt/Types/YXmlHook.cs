using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>Skeleton of yjs <c>YXmlHook</c>; the types engineer replaces this file.</summary>
public class YXmlHook : YMap
{
    public YXmlHook(string hookName) => HookName = hookName;

    public string HookName { get; }

    internal override AbstractType Copy() => new YXmlHook(HookName);

    public override AbstractType Clone() => new YXmlHook(HookName);

    internal override void Write(IUpdateEncoder encoder)
    {
        encoder.WriteTypeRef(5);
        encoder.WriteKey(HookName);
    }

    internal static new AbstractType ReadType(IUpdateDecoder decoder) => new YXmlHook(decoder.ReadKey());
}
