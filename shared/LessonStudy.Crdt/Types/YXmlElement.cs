using System.Text;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// A shared XML element (yjs <c>Y.XmlElement</c>): a node name, attributes (a map) and children (a
/// list, as in <see cref="YXmlFragment"/>). Attributes set before the element is added to a document
/// are written when it is integrated.
/// </summary>
public class YXmlElement : YXmlFragment
{
    private Dictionary<string, object?>? _prelimAttrs = [];

    /// <summary>Creates an element named <c>UNDEFINED</c> (the yjs default) that is not yet part of a document.</summary>
    public YXmlElement()
        : this("UNDEFINED")
    {
    }

    /// <summary>Creates an element with the tag <paramref name="nodeName"/> that is not yet part of a document.</summary>
    public YXmlElement(string nodeName)
    {
        ArgumentNullException.ThrowIfNull(nodeName);
        NodeName = nodeName;
    }

    /// <summary>The tag name.</summary>
    public string NodeName { get; }

    /// <summary>The next sibling node, or null.</summary>
    public AbstractType? NextSibling => (Item?.Next?.Content as ContentType)?.Type;

    /// <summary>The previous sibling node, or null.</summary>
    public AbstractType? PrevSibling => (Item?.Prev?.Content as ContentType)?.Type;

    internal override void Integrate(Doc doc, Item? item)
    {
        base.Integrate(doc, item);
        var attrs = _prelimAttrs!;
        _prelimAttrs = null;
        if (attrs.Count > 0)
        {
            doc.Transact(tr =>
            {
                foreach (var (key, value) in attrs)
                {
                    TypeMapSet(tr, this, key, value);
                }
            });
        }
    }

    internal override AbstractType Copy() => new YXmlElement(NodeName);

    /// <summary>A deep copy (attributes and children) that can be inserted elsewhere.</summary>
    public override AbstractType Clone()
    {
        var el = new YXmlElement(NodeName);
        foreach (var (key, value) in GetAttributes())
        {
            el.SetAttribute(key, value);
        }
        el.Insert(0, CloneChildren());
        return el;
    }

    /// <summary>
    /// The XML serialization: lower-cased node name, attributes sorted by name (so that equal elements
    /// give equal strings), then the children. Values are not escaped, as in yjs.
    /// </summary>
    public override string ToString()
    {
        var attrs = GetAttributes();
        var keys = new string[attrs.Count];
        var i = 0;
        foreach (var key in attrs.Keys)
        {
            keys[i++] = key;
        }
        // JavaScript's default sort compares UTF-16 code units
        Array.Sort(keys, StringComparer.Ordinal);
        var nodeName = NodeName.ToLowerInvariant();
        var sb = new StringBuilder();
        sb.Append('<').Append(nodeName);
        foreach (var key in keys)
        {
            sb.Append(' ').Append(key).Append("=\"").Append(SharedValue.ToJsString(attrs[key])).Append('"');
        }
        sb.Append('>');
        AppendChildren(sb);
        sb.Append("</").Append(nodeName).Append('>');
        return sb.ToString();
    }

    /// <summary>Removes the attribute <paramref name="attributeName"/>.</summary>
    public void RemoveAttribute(string attributeName)
    {
        ArgumentNullException.ThrowIfNull(attributeName);
        if (Doc is { } doc)
        {
            doc.Transact(tr => TypeMapDelete(tr, this, attributeName));
        }
        else
        {
            _prelimAttrs!.Remove(attributeName);
        }
    }

    /// <summary>Sets the attribute <paramref name="attributeName"/> (usually to a string; any map value is accepted).</summary>
    public void SetAttribute(string attributeName, object? attributeValue)
    {
        ArgumentNullException.ThrowIfNull(attributeName);
        var normalized = SharedValue.NormalizeMapValue(attributeValue);
        if (Doc is { } doc)
        {
            doc.Transact(tr => TypeMapSet(tr, this, attributeName, normalized));
        }
        else
        {
            _prelimAttrs![attributeName] = normalized;
        }
    }

    /// <summary>The value of the attribute, or <see cref="JsUndefined.Value"/> when absent.</summary>
    public object? GetAttribute(string attributeName)
    {
        ArgumentNullException.ThrowIfNull(attributeName);
        return TypeMapGet(this, attributeName);
    }

    /// <summary>Whether the attribute is present.</summary>
    public bool HasAttribute(string attributeName)
    {
        ArgumentNullException.ThrowIfNull(attributeName);
        return TypeMapHas(this, attributeName);
    }

    /// <summary>All attributes (as they are now, or as they were in <paramref name="snapshot"/>).</summary>
    public JsObject GetAttributes(Snapshot? snapshot = null) =>
        snapshot is null ? TypeMapGetAll(this) : TypeMapGetAllSnapshot(this, snapshot);

    internal override void Write(IUpdateEncoder encoder)
    {
        encoder.WriteTypeRef(ContentType.YXmlElementRefID);
        encoder.WriteKey(NodeName);
    }

    internal static new AbstractType ReadType(IUpdateDecoder decoder) => new YXmlElement(decoder.ReadKey());
}
