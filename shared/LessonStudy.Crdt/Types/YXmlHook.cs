using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// A map-valued XML node that an editor binding renders itself (yjs <c>Y.XmlHook</c>): a
/// <see cref="YMap"/> with a hook name.
/// </summary>
public sealed class YXmlHook : YMap
{
    /// <summary>Creates a hook that is not yet part of a document.</summary>
    public YXmlHook(string hookName)
    {
        ArgumentNullException.ThrowIfNull(hookName);
        HookName = hookName;
    }

    /// <summary>The name the binding uses to pick a renderer.</summary>
    public string HookName { get; }

    internal override AbstractType Copy() => new YXmlHook(HookName);

    /// <summary>A copy of the entries that can be inserted elsewhere (nested types are shared, as in yjs).</summary>
    public override AbstractType Clone()
    {
        var el = new YXmlHook(HookName);
        foreach (var (key, value) in this)
        {
            el.Set(key, value);
        }
        return el;
    }

    internal override void Write(IUpdateEncoder encoder)
    {
        encoder.WriteTypeRef(ContentType.YXmlHookRefID);
        encoder.WriteKey(HookName);
    }

    internal static new AbstractType ReadType(IUpdateDecoder decoder) => new YXmlHook(decoder.ReadKey());
}
