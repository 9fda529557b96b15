using System.Text;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// Text inside an XML fragment or element (yjs <c>Y.XmlText</c>). It is a <see cref="YText"/>
/// whose <see cref="ToString"/> renders formats as nested XML tags: each attribute name becomes a
/// tag, its object value the tag's attributes (both sorted by name).
/// </summary>
public class YXmlText : YText
{
    /// <summary>Creates an empty XML text; add it to a fragment or element to use it.</summary>
    public YXmlText()
    {
    }

    /// <summary>The next sibling in the parent XML node (an element or text), or null.</summary>
    public AbstractType? NextSibling => Item?.Next is { } n ? ((ContentType)n.Content).Type : null;

    /// <summary>The previous sibling in the parent XML node (an element or text), or null.</summary>
    public AbstractType? PrevSibling => Item?.Prev is { } n ? ((ContentType)n.Content).Type : null;

    internal override AbstractType Copy() => new YXmlText();

    /// <summary>A copy of this text (content and formatting) that can be inserted elsewhere.</summary>
    public override AbstractType Clone()
    {
        var text = new YXmlText();
        text.ApplyDelta(ToDelta());
        return text;
    }

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(6);

    internal static new AbstractType ReadType(IUpdateDecoder decoder) => new YXmlText();

    /// <summary>
    /// The XML string: every delta insert wrapped in one tag per format attribute, e.g.
    /// <c>&lt;bold&gt;&lt;link href="x"&gt;text&lt;/link&gt;&lt;/bold&gt;</c>. Values are written as
    /// JavaScript would interpolate them, unescaped, as yjs does.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var delta in ToDelta())
        {
            var nodeNames = Array.Empty<string>();
            if (delta.Attributes is { Count: > 0 } attributes)
            {
                nodeNames = new string[attributes.Count];
                for (var i = 0; i < attributes.Count; i++)
                    nodeNames[i] = attributes.KeyAt(i);
                // sort node order to get a unique order
                Array.Sort(nodeNames, StringComparer.Ordinal);
            }
            foreach (var nodeName in nodeNames)
            {
                sb.Append('<').Append(nodeName);
                var attrs = EnumerableKeys(delta.Attributes![nodeName]);
                // sort attributes to get a unique order
                attrs.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
                foreach (var (key, value) in attrs)
                    sb.Append(' ').Append(key).Append("=\"").Append(SharedValue.ToJsString(value)).Append('"');
                sb.Append('>');
            }
            sb.Append(SharedValue.ToJsString(delta.Insert));
            for (var i = nodeNames.Length - 1; i >= 0; i--)
                sb.Append("</").Append(nodeNames[i]).Append('>');
        }
        return sb.ToString();
    }

    /// <summary>The JSON value of this text: its XML string (<see cref="ToString"/>).</summary>
    public override object? ToJson() => ToString();

    /// <summary>JavaScript <c>for (const key in value)</c> with the values: own enumerable properties.</summary>
    private static List<KeyValuePair<string, object?>> EnumerableKeys(object? value)
    {
        var res = new List<KeyValuePair<string, object?>>();
        switch (value)
        {
            case JsObject obj:
                for (var i = 0; i < obj.Count; i++)
                    res.Add(new(obj.KeyAt(i), obj.ValueAt(i)));
                break;
            case string s:
                for (var i = 0; i < s.Length; i++)
                    res.Add(new(IndexKey(i), s[i].ToString()));
                break;
            case object?[] arr:
                for (var i = 0; i < arr.Length; i++)
                    res.Add(new(IndexKey(i), arr[i]));
                break;
            case byte[] bytes:
                for (var i = 0; i < bytes.Length; i++)
                    res.Add(new(IndexKey(i), (double)bytes[i]));
                break;
        }
        return res;
    }

    private static string IndexKey(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
