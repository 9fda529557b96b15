using System.Globalization;
using System.Numerics;
using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// JavaScript equality as YText uses it on attribute values: <c>===</c> (numbers by value, NaN
/// unequal, −0 equal to 0; objects by reference) and yjs' <c>equalAttrs</c>, which also accepts two
/// objects whose own properties are <c>===</c> one level deep (lib0 <c>object.equalFlat</c>).
/// </summary>
internal static class YTextEquality
{
    public static object? NullIfUndefined(object? value) => value is JsUndefined ? null : value;

    /// <summary>JavaScript <c>a === b</c> in the value model of <see cref="JsValue"/>.</summary>
    public static bool StrictEquals(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
            return a is not double d || !double.IsNaN(d);
        if (a is null || b is null)
            return false;
        return a switch
        {
            double x => b is double y && x == y,
            string s => b is string t && string.Equals(s, t, StringComparison.Ordinal),
            bool p => b is bool q && p == q,
            BigInteger m => b is BigInteger n && m == n,
            JsUndefined => b is JsUndefined,
            _ => false,
        };
    }

    private static bool IsObject(object? v) => v is JsObject or object?[] or byte[];

    /// <summary>yjs <c>equalAttrs</c>.</summary>
    public static bool EqualAttrs(object? a, object? b)
    {
        if (StrictEquals(a, b))
            return true;
        return IsObject(a) && IsObject(b) && EqualFlat(a!, b!);
    }

    private static int Size(object o) => o switch
    {
        JsObject obj => obj.Count,
        object?[] arr => arr.Length,
        byte[] bytes => bytes.Length,
        _ => 0,
    };

    private static bool TryGetProperty(object o, string key, out object? value)
    {
        switch (o)
        {
            case JsObject obj:
                return obj.TryGetValue(key, out value);
            case object?[] arr when TryIndex(key, arr.Length, out var i):
                value = arr[i];
                return true;
            case byte[] bytes when TryIndex(key, bytes.Length, out var j):
                value = (double)bytes[j];
                return true;
            default:
                value = JsUndefined.Value;
                return false;
        }
    }

    private static bool TryIndex(string key, int length, out int index)
    {
        // Only canonical array indices name elements ("01" is an ordinary property).
        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out index)
            && index < length
            && string.Equals(index.ToString(CultureInfo.InvariantCulture), key, StringComparison.Ordinal))
        {
            return true;
        }
        index = 0;
        return false;
    }

    private static bool EntryMatches(object b, string key, object? val)
    {
        var has = TryGetProperty(b, key, out var other);
        if (!has)
            other = JsUndefined.Value;
        return (val is not JsUndefined || has) && StrictEquals(other, val);
    }

    private static bool EqualFlat(object a, object b)
    {
        if (ReferenceEquals(a, b))
            return true;
        if (Size(a) != Size(b))
            return false;
        switch (a)
        {
            case JsObject obj:
                for (var i = 0; i < obj.Count; i++)
                {
                    if (!EntryMatches(b, obj.KeyAt(i), obj.ValueAt(i)))
                        return false;
                }
                return true;
            case object?[] arr:
                for (var i = 0; i < arr.Length; i++)
                {
                    if (!EntryMatches(b, i.ToString(CultureInfo.InvariantCulture), arr[i]))
                        return false;
                }
                return true;
            case byte[] bytes:
                for (var i = 0; i < bytes.Length; i++)
                {
                    if (!EntryMatches(b, i.ToString(CultureInfo.InvariantCulture), (double)bytes[i]))
                        return false;
                }
                return true;
            default:
                return false;
        }
    }
}
