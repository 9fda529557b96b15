using System.Collections;
using System.Numerics;

namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// The JavaScript value model used for yjs "Any" content (map values, array elements, embeds,
/// format attributes, awareness states). One CLR type per JavaScript kind:
/// <list type="bullet">
/// <item><c>null</c> — JavaScript <c>null</c>; <see cref="JsUndefined.Value"/> — <c>undefined</c>.</item>
/// <item><see cref="bool"/>; <see cref="string"/>.</item>
/// <item><see cref="double"/> — a JavaScript number (−0 and NaN included). Other CLR numbers
/// (<c>int</c>, <c>long</c>, <c>float</c>, <c>decimal</c> …) are accepted on input and become doubles.</item>
/// <item><see cref="System.Numerics.BigInteger"/> — a JavaScript bigint (written as a signed 64-bit value).</item>
/// <item><see cref="byte"/>[] — a Uint8Array.</item>
/// <item><c>JsObject</c> — a plain object, keys in JavaScript property order.</item>
/// <item><c>object?[]</c> (or any <c>IReadOnlyList&lt;object?&gt;</c> on input) — an array.</item>
/// </list>
/// Shared types and documents are not Any values; they are content of their own.
/// </summary>
public static partial class JsValue
{
    /// <summary>
    /// Deepest nesting the value-model helpers walk before deciding a value is circular (JavaScript
    /// would overflow its stack or throw a <c>TypeError</c>). Walks are iterative, so this costs
    /// memory, not stack.
    /// </summary>
    public const int MaxNestingDepth = 100_000;

    /// <summary>
    /// Turns a CLR value into the value model: integral and floating CLR numbers and
    /// <see cref="decimal"/> become <see cref="double"/>; <see cref="System.Numerics.BigInteger"/>,
    /// <see cref="string"/>, <see cref="bool"/>, <c>null</c>, <see cref="JsUndefined.Value"/> and
    /// <see cref="byte"/>[] stay (a byte array is kept by reference, as yjs keeps a Uint8Array);
    /// <see cref="ReadOnlyMemory{T}"/>/<see cref="Memory{T}"/>/<see cref="ArraySegment{T}"/> of bytes
    /// become a <see cref="byte"/>[] copy; string-keyed dictionaries become a new <see cref="JsObject"/>
    /// and other enumerables a new <c>object?[]</c>, normalized deeply (a <see cref="JsObject"/> or
    /// <c>object?[]</c> input is copied too, so later changes by the caller do not leak in).
    /// </summary>
    /// <exception cref="ArgumentException">A value (or nested value) has no JavaScript counterpart, a
    /// dictionary key is not a string, or the value nests deeper than <see cref="MaxNestingDepth"/>
    /// (circular).</exception>
    public static object? Normalize(object? value)
    {
        if (TryNormalizeLeaf(value, out var leaf))
        {
            return leaf;
        }

        var root = CopyContainer(value!);
        var work = new Stack<(object Container, int Depth)>();
        work.Push((root, 1));
        while (work.Count > 0)
        {
            var (container, depth) = work.Pop();
            if (container is object?[] array)
            {
                for (var i = 0; i < array.Length; i++)
                {
                    array[i] = NormalizeChild(array[i], depth, work);
                }
            }
            else
            {
                var obj = (JsObject)container;
                for (var i = 0; i < obj.Count; i++)
                {
                    obj.SetValueAt(i, NormalizeChild(obj.ValueAt(i), depth, work));
                }
            }
        }

        return root;
    }

    private static object? NormalizeChild(object? child, int depth, Stack<(object Container, int Depth)> work)
    {
        if (TryNormalizeLeaf(child, out var leaf))
        {
            return leaf;
        }

        if (depth >= MaxNestingDepth)
        {
            throw new ArgumentException($"The value nests deeper than {MaxNestingDepth} levels (is it circular?).", nameof(child));
        }

        var copy = CopyContainer(child!);
        work.Push((copy, depth + 1));
        return copy;
    }

    private static bool TryNormalizeLeaf(object? value, out object? result)
    {
        switch (value)
        {
            case double d:
                result = double.IsNaN(d) ? CanonicalNaN(d) : value;
                return true;
            case null:
            case string:
            case bool:
            case BigInteger:
            case JsUndefined:
            case byte[]:
                result = value;
                return true;
            case int v: result = (double)v; return true;
            case long v: result = (double)v; return true;
            case uint v: result = (double)v; return true;
            case ulong v: result = (double)v; return true;
            case short v: result = (double)v; return true;
            case ushort v: result = (double)v; return true;
            case byte v: result = (double)v; return true;
            case sbyte v: result = (double)v; return true;
            case float v: result = CanonicalNaN(v); return true;
            case Half v: result = CanonicalNaN((double)v); return true;
            case decimal v: result = (double)v; return true;
            case ReadOnlyMemory<byte> v: result = v.ToArray(); return true;
            case Memory<byte> v: result = v.ToArray(); return true;
            case ArraySegment<byte> v: result = v.AsSpan().ToArray(); return true;
            case JsObject:
            case IDictionary:
            case IDictionary<string, object?>:
            case IReadOnlyDictionary<string, object?>:
            case IEnumerable:
                result = null;
                return false;
            default:
                throw new ArgumentException($"A value of type {value.GetType()} has no JavaScript counterpart in the Any value model.", nameof(value));
        }
    }

    // .NET's NaN (0xFFF8…) becomes JavaScript's (0x7FF8…) so that writeAny emits the bytes a JavaScript peer would.
    private static double CanonicalNaN(double d) =>
        double.IsNaN(d) && BitConverter.DoubleToInt64Bits(d) == unchecked((long)0xFFF8000000000000) ? AnyEncoding.JsNaN : d;

    // A new container with the same, not yet normalized, children.
    private static object CopyContainer(object value)
    {
        switch (value)
        {
            case JsObject obj:
                return obj.ShallowClone();
            case IDictionary dict:
                {
                    var result = new JsObject(dict.Count);
                    var e = dict.GetEnumerator();
                    while (e.MoveNext())
                    {
                        if (e.Key is not string key)
                        {
                            throw new ArgumentException($"A dictionary key of type {e.Key.GetType()} is not a string; JavaScript object keys are strings.", nameof(value));
                        }

                        result.Set(key, e.Value);
                    }

                    return result;
                }

            case IDictionary<string, object?> dict:
                {
                    var result = new JsObject(dict.Count);
                    foreach (var kv in dict)
                    {
                        result.Set(kv.Key, kv.Value);
                    }

                    return result;
                }

            case IReadOnlyDictionary<string, object?> dict:
                {
                    var result = new JsObject(dict.Count);
                    foreach (var kv in dict)
                    {
                        result.Set(kv.Key, kv.Value);
                    }

                    return result;
                }

            case object?[] array when array.GetType() == typeof(object[]):
                return array.Clone();
            default:
                {
                    var list = value is ICollection c ? new List<object?>(c.Count) : [];
                    foreach (var item in (IEnumerable)value)
                    {
                        list.Add(item);
                    }

                    return list.ToArray();
                }
        }
    }
}
