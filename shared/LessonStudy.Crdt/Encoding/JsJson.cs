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

    /// <summary>
    /// JavaScript <c>Number.prototype.toString()</c>: the shortest digits that round-trip, in plain
    /// notation for 1e-7 &lt; |x| &lt; 1e21 and as <c>1.5e+21</c> / <c>1e-7</c> otherwise; −0 prints as <c>0</c>.
    /// </summary>
    public static string FormatNumber(double x)
    {
        var sb = new StringBuilder(24);
        AppendNumber(sb, x, jsonNonFinite: false);
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

    private static void AppendNumber(StringBuilder sb, double x, bool jsonNonFinite)
    {
        if (!double.IsFinite(x))
        {
            sb.Append(jsonNonFinite ? "null" : double.IsNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity");
            return;
        }

        if (x == 0)
        {
            sb.Append('0');
            return;
        }

        if (x < 0)
        {
            sb.Append('-');
            x = -x;
        }

        // .NET's round-trip format gives the shortest digits (as JavaScript's Number::toString does);
        // only the layout differs, so take the digits and the exponent and lay them out the JavaScript way.
        Span<char> shortest = stackalloc char[40];
        x.TryFormat(shortest, out var shortLen, "R", CultureInfo.InvariantCulture);
        if (double.Parse(shortest[..shortLen], NumberStyles.Float, CultureInfo.InvariantCulture) != x)
        {
            // .NET 10 misses at a few powers of two (2^-25 prints as 2.980232238769531E-08, which reads
            // back as another double); search the shortest round-tripping digits as the spec defines them.
            shortLen = ShortestRoundTrip(x, shortest);
        }

        Span<char> digits = stackalloc char[40];
        var k = 0;
        var pointPos = -1;
        var exp = 0;
        var span = shortest[..shortLen];
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c is >= '0' and <= '9')
            {
                if (k == 0 && c == '0')
                {
                    // Leading zeros of 0.000ddd move the decimal exponent instead.
                    if (pointPos >= 0)
                    {
                        exp--;
                    }

                    continue;
                }

                digits[k++] = c;
            }
            else if (c == '.')
            {
                pointPos = k;
            }
            else if (c is 'E' or 'e')
            {
                exp += int.Parse(span[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
        }

        // n: the decimal exponent with value = 0.d1d2…dk × 10^n.
        var intDigits = pointPos >= 0 ? pointPos : k;
        var n = intDigits + exp;
        while (k > 1 && digits[k - 1] == '0')
        {
            k--;
        }

        var d = digits[..k];
        if (k <= n && n <= 21)
        {
            sb.Append(d).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(d[..n]).Append('.').Append(d[n..]);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(d);
        }
        else
        {
            var e = n - 1;
            sb.Append(d[0]);
            if (k > 1)
            {
                sb.Append('.').Append(d[1..]);
            }

            sb.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
    }

    // ECMA-262 Number::toString step 5: the fewest digits k such that s × 10^(n−k) reads back as x,
    // and among those the s closest to x. Writes "digitsE±exp" into the buffer and returns its length.
    private static int ShortestRoundTrip(double x, Span<char> buffer)
    {
        Span<char> format = stackalloc char[4];
        for (var p = 1; p <= 17; p++)
        {
            format[0] = 'E';
            (p - 1).TryFormat(format[1..], out var fl, default, CultureInfo.InvariantCulture);
            x.TryFormat(buffer, out var len, format[..(fl + 1)], CultureInfo.InvariantCulture);
            var nearest = double.Parse(buffer[..len], NumberStyles.Float, CultureInfo.InvariantCulture);
            if (nearest == x)
            {
                return len;
            }

            // The correctly rounded p digits missed; the p-digit neighbour on x's other side may not.
            var ePos = buffer[..len].IndexOf('E');
            long mantissa = 0;
            foreach (var c in buffer[..ePos])
            {
                if (c != '.')
                {
                    mantissa = (mantissa * 10) + (c - '0');
                }
            }

            var exp = int.Parse(buffer[(ePos + 1)..len], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) - (p - 1);
            var pow = (long)Math.Pow(10, p - 1);
            mantissa += nearest < x ? 1 : -1;
            if (mantissa == pow * 10)
            {
                mantissa = pow;
                exp++;
            }
            else if (mantissa < pow)
            {
                mantissa = (pow * 10) - 1;
                exp--;
            }

            mantissa.TryFormat(buffer, out len, default, CultureInfo.InvariantCulture);
            buffer[len++] = 'E';
            exp.TryFormat(buffer[len..], out var el, default, CultureInfo.InvariantCulture);
            len += el;
            if (mantissa > 0 && double.Parse(buffer[..len], NumberStyles.Float, CultureInfo.InvariantCulture) == x)
            {
                return len;
            }
        }

        return x.TryFormat(buffer, out var g17, "E16", CultureInfo.InvariantCulture) ? g17 : 0;
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
