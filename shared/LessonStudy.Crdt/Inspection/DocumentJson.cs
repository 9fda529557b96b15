using System.Numerics;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Inspection;

/// <summary>
/// The content of a document as one JSON value <c>{rootName: value}</c>: what
/// <c>lessonstudy crdt dump</c> prints and what the yjs oracle's <c>dumpDoc</c> produces.
/// Text → its plain string; Map → object (keys in ordinal order); Array → array; Xml → the string
/// yjs <c>toString</c> gives; subdocument → <c>{"$doc": guid}</c>; binary → <c>{"$binary": base64}</c>;
/// bigint → <c>{"$bigint": "digits"}</c>; undefined → <c>null</c>. Roots are listed in ordinal order.
/// </summary>
public static class DocumentJson
{
    /// <summary>Builds the value; <paramref name="hints"/> name the kind of roots whose kind is known.</summary>
    public static JsObject ToJsValue(Doc doc, IReadOnlyDictionary<string, RootKind>? hints = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var names = doc.Share.Keys.ToList();
        names.Sort(StringComparer.Ordinal);
        var result = new JsObject();
        foreach (var name in names)
        {
            var root = doc.Share[name];
            RootKind? kind = hints is not null && hints.TryGetValue(name, out var hinted)
                ? hinted
                : KindOf(root) ?? RootKindInference.Infer(root);
            result.Set(name, kind switch
            {
                RootKind.Text => doc.GetText(name).ToString(),
                RootKind.Map => TypeValue(doc.GetMap(name)),
                RootKind.Array => TypeValue(doc.GetArray(name)),
                RootKind.Xml => doc.GetXmlFragment(name).ToString(),
                _ => null,
            });
        }

        return result;
    }

    /// <summary>The JSON text, byte for byte what JavaScript's <c>JSON.stringify</c> gives for the same value.</summary>
    public static string ToJson(Doc doc, IReadOnlyDictionary<string, RootKind>? hints = null) =>
        JsJson.Stringify(ToJsValue(doc, hints)) ?? "null";

    /// <summary>The kind of a root somebody already asked for by type; null for one only decoded so far.</summary>
    private static RootKind? KindOf(AbstractType root) => root switch
    {
        YText => RootKind.Text,
        YMap => RootKind.Map,
        YArray => RootKind.Array,
        YXmlFragment => RootKind.Xml,
        _ => null,
    };

    private static object? TypeValue(AbstractType type) => type switch
    {
        YXmlFragment or YXmlText => type.ToString(),
        YText text => text.ToString(),
        YMap map => MapValue(map.Entries()), // YXmlHook is a YMap too
        YArray array => array.ToArray().Select(Value).ToArray(),
        _ => null,
    };

    private static JsObject MapValue(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var sorted = entries.ToList();
        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var obj = new JsObject();
        foreach (var (key, value) in sorted)
        {
            obj.Set(key, Value(value));
        }

        return obj;
    }

    private static object? Value(object? value) => value switch
    {
        null => null,
        JsUndefined => null,
        AbstractType type => TypeValue(type),
        Doc sub => Tagged("$doc", sub.Guid),
        byte[] bytes => Tagged("$binary", Convert.ToBase64String(bytes)),
        BigInteger big => Tagged("$bigint", big.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        double d when double.IsNaN(d) || double.IsInfinity(d) => null,
        JsObject obj => ObjectValue(obj),
        object?[] array => array.Select(Value).ToArray(),
        _ => value,
    };

    private static JsObject ObjectValue(JsObject obj)
    {
        var copy = new JsObject();
        foreach (var (key, item) in obj)
        {
            copy.Set(key, Value(item));
        }

        return copy;
    }

    private static JsObject Tagged(string tag, string value)
    {
        var obj = new JsObject();
        obj.Set(tag, value);
        return obj;
    }
}
