using System.Globalization;
using System.Numerics;
using System.Text;
using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// Checks and converts the values users put into shared types: everything but shared types,
/// documents and byte arrays goes through <see cref="JsValue.Normalize"/>.
/// </summary>
internal static class SharedValue
{
    /// <summary>
    /// A value for a map key or attribute. yjs accepts any JSON-like value there, including
    /// <c>undefined</c> and bigint.
    /// </summary>
    internal static object? NormalizeMapValue(object? value) =>
        value is AbstractType or Doc or byte[] ? value : JsValue.Normalize(value);

    /// <summary>
    /// Elements for a list insert. yjs rejects <c>undefined</c> and bigint elements ("Unexpected
    /// content type in insert operation"), so these throw here before anything is changed.
    /// </summary>
    internal static object?[] NormalizeListElements(object?[] content)
    {
        var result = new object?[content.Length];
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c is AbstractType or Doc or byte[])
            {
                result[i] = c;
                continue;
            }
            var v = JsValue.Normalize(c);
            if (v is JsUndefined or BigInteger)
            {
                throw new ArgumentException($"Unexpected content type in insert operation: {Describe(v)} (element {i}).", nameof(content));
            }
            result[i] = v;
        }
        return result;
    }

    internal static void CheckRange(int index, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
    }

    /// <summary>Insert into the local list of a type that is not yet in a document.</summary>
    internal static void PrelimInsert(List<object?> prelim, int index, object?[] content)
    {
        if ((uint)index > (uint)prelim.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), "Length exceeded!");
        }
        prelim.InsertRange(index, content);
    }

    /// <summary>Delete from the local list of a type that is not yet in a document.</summary>
    internal static void PrelimDelete(List<object?> prelim, int index, int length)
    {
        if (index + (long)length > prelim.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "Length exceeded!");
        }
        prelim.RemoveRange(index, length);
    }

    /// <summary>
    /// JavaScript <c>String(value)</c>, as yjs' XML serialization applies it to attribute values
    /// and children: arrays are joined with commas, objects print as <c>[object Object]</c>, maps and
    /// arrays of yjs too (they do not override <c>toString</c>).
    /// </summary>
    internal static string ToJsString(object? value)
    {
        if (value is not object?[] root)
        {
            return LeafToJsString(value);
        }
        // Array.prototype.join flattens nested arrays; null and undefined elements print as empty
        // strings. Iterative, because remote values can nest deeply.
        var sb = new StringBuilder();
        var stack = new Stack<(object?[] Array, int Index)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (array, i) = stack.Pop();
            if (i >= array.Length)
            {
                continue;
            }
            if (i > 0)
            {
                sb.Append(',');
            }
            stack.Push((array, i + 1));
            switch (array[i])
            {
                case object?[] inner:
                    stack.Push((inner, 0));
                    break;
                case null or JsUndefined:
                    break;
                case var leaf:
                    sb.Append(LeafToJsString(leaf));
                    break;
            }
        }
        return sb.ToString();
    }

    private static string LeafToJsString(object? value) => value switch
    {
        null => "null",
        string s => s,
        double d => JsJson.FormatNumber(d),
        bool b => b ? "true" : "false",
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        JsUndefined => "undefined",
        // Uint8Array.prototype.toString joins the byte values
        byte[] bytes => string.Join(',', bytes),
        // yjs' YArray and YMap (and so YXmlHook) keep Object.prototype.toString
        YArray or YMap or JsObject or Doc => "[object Object]",
        _ => value.ToString() ?? string.Empty,
    };

    private static string Describe(object? v) => v switch
    {
        JsUndefined => "undefined",
        BigInteger => "bigint",
        _ => v?.GetType().Name ?? "null",
    };
}
