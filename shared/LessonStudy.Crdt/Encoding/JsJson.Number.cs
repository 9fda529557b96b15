using System.Globalization;
using System.Text;

namespace LessonStudy.Crdt.Encoding;

public static partial class JsJson
{
    /// <summary>
    /// JavaScript <c>Number.prototype.toString()</c>: the shortest digits that round-trip, in plain
    /// notation for 1e-6 ≤ |x| &lt; 1e21 and as <c>1.5e+21</c> / <c>1e-7</c> otherwise; −0 prints as <c>0</c>.
    /// </summary>
    public static string FormatNumber(double x)
    {
        var sb = new StringBuilder(24);
        AppendNumber(sb, x, jsonNonFinite: false);
        return sb.ToString();
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
}
