using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>Short descriptions of the first difference, in the words of the oracle's <c>diffJson</c> / <c>bytesDiff</c>.</summary>
internal static class Differences
{
    /// <summary>
    /// Structural comparison of two dumps (object key order ignored, −0 = 0, as
    /// <see cref="JsValue.DeepEquals"/>). Null when equal, else the path of the first difference.
    /// </summary>
    public static string? Json(object? actual, object? expected)
    {
        if (JsValue.DeepEquals(actual, expected))
        {
            return null;
        }

        return FirstJsonDifference(actual, expected, "$") ?? $"$: {Preview(actual)} != {Preview(expected)}";
    }

    /// <summary>Null when equal, else the first differing offset and the sizes.</summary>
    public static string? Bytes(ReadOnlySpan<byte> actual, ReadOnlySpan<byte> expected)
    {
        if (actual.SequenceEqual(expected))
        {
            return null;
        }

        var i = actual.CommonPrefixLength(expected);
        static string At(ReadOnlySpan<byte> b, int i) => i < b.Length ? $"0x{b[i]:x2}" : "end";
        return $"bytes differ at offset {i} (got {At(actual, i)}, want {At(expected, i)}); sizes {actual.Length} vs {expected.Length}";
    }

    public static string Preview(object? value)
    {
        string text;
        try
        {
            text = JsJson.Stringify(value) ?? "undefined";
        }
        catch (ArgumentException)
        {
            text = value?.ToString() ?? "null";
        }

        return text.Length > 160 ? string.Concat(text.AsSpan(0, 157), "...") : text;
    }

    private static string? FirstJsonDifference(object? a, object? b, string path)
    {
        switch (a)
        {
            case object?[] xa when b is object?[] xb:
                for (var i = 0; i < Math.Min(xa.Length, xb.Length); i++)
                {
                    if (FirstJsonDifference(xa[i], xb[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }

                return xa.Length == xb.Length ? null : $"{path}: length {xa.Length} != {xb.Length}";
            case JsObject oa when b is JsObject ob:
                var ka = oa.Keys.Order(StringComparer.Ordinal).ToList();
                var kb = ob.Keys.Order(StringComparer.Ordinal).ToList();
                if (!ka.SequenceEqual(kb, StringComparer.Ordinal))
                {
                    return $"{path}: keys [{string.Join(",", ka)}] != [{string.Join(",", kb)}]";
                }

                foreach (var key in ka)
                {
                    if (FirstJsonDifference(oa[key], ob[key], $"{path}.{key}") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            default:
                return JsValue.DeepEquals(a, b) ? null : $"{path}: {Preview(a)} != {Preview(b)}";
        }
    }
}
