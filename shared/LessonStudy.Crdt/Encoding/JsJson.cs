using System.Globalization;
using System.Numerics;
using System.Text;

namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// JavaScript's <c>JSON.stringify</c> and <c>JSON.parse</c> on the value model of
/// <see cref="JsValue"/>, character for character as Node 20 does them, because yjs V1 writes
/// JSON text (ContentJSON, embeds, format attributes, awareness states) and the bytes must match.
/// </summary>
public static partial class JsJson
{
    /// <summary>
    /// <c>JSON.stringify(value)</c> without spaces: only <c>"</c>, <c>\</c>, control characters and lone
    /// surrogates are escaped; numbers as JavaScript prints them (NaN and ±Infinity as <c>null</c>,
    /// −0 as <c>0</c>); <c>undefined</c> is left out of objects and is <c>null</c> in arrays; a
    /// Uint8Array (<see cref="byte"/>[]) becomes an object with index keys. Returns <c>null</c> where
    /// JavaScript returns <c>undefined</c>: for a top-level <see cref="JsUndefined.Value"/>.
    /// Values outside the model are normalized first (<see cref="JsValue.Normalize"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A bigint (JavaScript throws a TypeError), a value with no
    /// JavaScript counterpart, or nesting deeper than <see cref="JsValue.MaxNestingDepth"/> (circular).</exception>
    public static string? Stringify(object? value)
    {
        if (value is JsUndefined)
        {
            return null;
        }

        var sb = new StringBuilder();
        if (AppendLeaf(sb, value))
        {
            return sb.ToString();
        }

        var stack = new Stack<Frame>();
        stack.Push(Open(sb, value!, 1));
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            object? child;
            if (top.Array is not null)
            {
                if (top.Next == top.Array.Length)
                {
                    sb.Append(']');
                    stack.Pop();
                    continue;
                }

                if (top.Next > 0)
                {
                    sb.Append(',');
                }

                child = top.Array[top.Next++];
                if (child is JsUndefined)
                {
                    sb.Append("null");
                    continue;
                }
            }
            else
            {
                var obj = top.Object!;
                while (top.Next < obj.Count && obj.ValueAt(top.Next) is JsUndefined)
                {
                    top.Next++;
                }

                if (top.Next == obj.Count)
                {
                    sb.Append('}');
                    stack.Pop();
                    continue;
                }

                if (top.WroteEntry)
                {
                    sb.Append(',');
                }

                top.WroteEntry = true;
                AppendQuoted(sb, obj.KeyAt(top.Next));
                sb.Append(':');
                child = obj.ValueAt(top.Next++);
            }

            if (!AppendLeaf(sb, child))
            {
                if (top.Depth >= JsValue.MaxNestingDepth)
                {
                    throw new ArgumentException($"The value nests deeper than {JsValue.MaxNestingDepth} levels (is it circular?).", nameof(value));
                }

                stack.Push(Open(sb, child!, top.Depth + 1));
            }
        }

        return sb.ToString();
    }

    private static Frame Open(StringBuilder sb, object value, int depth)
    {
        if (value is not JsObject && value.GetType() != typeof(object[]))
        {
            value = JsValue.Normalize(value)!;
        }

        if (value is object?[] array)
        {
            sb.Append('[');
            return new Frame { Array = array, Depth = depth };
        }

        sb.Append('{');
        return new Frame { Object = (JsObject)value, Depth = depth };
    }

    // Appends a non-container (never undefined: the callers handle it) and returns true; false for a container.
    private static bool AppendLeaf(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return true;
            case string s:
                AppendQuoted(sb, s);
                return true;
            case double d:
                AppendNumber(sb, d, jsonNonFinite: true);
                return true;
            case bool b:
                sb.Append(b ? "true" : "false");
                return true;
            case byte[] bytes:
                // A Uint8Array has no toJSON: JSON.stringify walks its index keys like an object's.
                sb.Append('{');
                for (var i = 0; i < bytes.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    sb.Append('"').Append(i.ToString(CultureInfo.InvariantCulture)).Append("\":").Append(bytes[i].ToString(CultureInfo.InvariantCulture));
                }

                sb.Append('}');
                return true;
            case BigInteger:
                throw new ArgumentException("Do not know how to serialize a BigInt (JSON.stringify throws a TypeError for bigint values).", nameof(value));
            case JsObject:
                return false;
            case object?[] when value.GetType() == typeof(object[]):
                return false;
            case JsUndefined:
                throw new InvalidOperationException("undefined is handled by the caller.");
            default:
                var normalized = JsValue.Normalize(value);
                return normalized is not JsObject and not object?[] && AppendLeaf(sb, normalized);
        }
    }

    private static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        var runStart = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            string? escape;
            if (c < 0x20 || c == '"' || c == '\\')
            {
                escape = c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\b' => "\\b",
                    '\f' => "\\f",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => null,
                };
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    i++;
                    continue;
                }

                escape = null;
            }
            else
            {
                continue;
            }

            sb.Append(s, runStart, i - runStart);
            if (escape is not null)
            {
                sb.Append(escape);
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }

            runStart = i + 1;
        }

        sb.Append(s, runStart, s.Length - runStart);
        sb.Append('"');
    }

    private sealed class Frame
    {
        public object?[]? Array { get; init; }

        public JsObject? Object { get; init; }

        public int Depth { get; init; }

        public int Next { get; set; }

        public bool WroteEntry { get; set; }
    }
}
