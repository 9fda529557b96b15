using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt;

public sealed partial class Doc
{
    /// <summary>
    /// The root type named <paramref name="name"/> as a <typeparamref name="T"/> (yjs <c>doc.get</c>).
    /// A root that updates created before anyone asked for its kind is converted; a root already
    /// defined as another kind throws.
    /// </summary>
    public T Get<T>(string name)
        where T : AbstractType, new()
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ShareMap.TryGetValue(name, out var type))
        {
            var created = new T();
            created.Integrate(this, null);
            ShareMap[name] = created;
            return created;
        }

        if (type.GetType() == typeof(T))
        {
            return (T)type;
        }

        if (type is not UntypedRootType)
        {
            throw new InvalidOperationException($"Type with the name {name} has already been defined with a different constructor");
        }

        // Move the decoded children to the concrete type and repoint their parent.
        var t = new T
        {
            Map = type.Map,
        };
        foreach (var head in t.Map.Values)
        {
            for (var n = head; n is not null; n = n.Left)
            {
                n.Parent = t;
            }
        }

        t.Start = type.Start;
        for (var n = t.Start; n is not null; n = n.Right)
        {
            n.Parent = t;
        }

        t.Length = type.Length;
        ShareMap[name] = t;
        t.Integrate(this, null);
        return t;
    }

    /// <summary>The root type named <paramref name="name"/>, of whatever kind it has (an untyped placeholder if new).</summary>
    public AbstractType Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ShareMap.TryGetValue(name, out var type))
        {
            type = new UntypedRootType();
            type.Integrate(this, null);
            ShareMap[name] = type;
        }

        return type;
    }

    /// <summary>The root text named <paramref name="name"/>.</summary>
    public YText GetText(string name = "") => Get<YText>(name);

    /// <summary>The root array named <paramref name="name"/>.</summary>
    public YArray GetArray(string name = "") => Get<YArray>(name);

    /// <summary>The root map named <paramref name="name"/>.</summary>
    public YMap GetMap(string name = "") => Get<YMap>(name);

    /// <summary>The root XML fragment named <paramref name="name"/>.</summary>
    public YXmlFragment GetXmlFragment(string name = "") => Get<YXmlFragment>(name);

    /// <summary>The root XML element named <paramref name="name"/> (node name "UNDEFINED").</summary>
    public YXmlElement GetXmlElement(string name = "") => Get<YXmlElement>(name);
}
