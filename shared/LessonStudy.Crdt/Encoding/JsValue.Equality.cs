using System.Numerics;

namespace LessonStudy.Crdt.Encoding;

public static partial class JsValue
{
    /// <summary>
    /// Deep content equality of two values of the model, like lib0's <c>equalityDeep</c> except that
    /// NaN equals NaN: numbers compare by value (−0 equals 0), strings ordinally, byte arrays by
    /// content, arrays element-wise, objects by key set and values regardless of key order. A number
    /// never equals a bigint, and <c>null</c> never equals <see cref="JsUndefined.Value"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The values nest deeper than <see cref="MaxNestingDepth"/> (circular).</exception>
    public static bool DeepEquals(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        Stack<(object? A, object? B, int Depth)>? work = null;
        var current = (A: a, B: b, Depth: 0);
        while (true)
        {
            if (!ReferenceEquals(current.A, current.B))
            {
                switch (current.A)
                {
                    case object?[] xa:
                        {
                            if (current.B is not object?[] xb || xa.Length != xb.Length)
                            {
                                return false;
                            }

                            work ??= new Stack<(object?, object?, int)>();
                            CheckDepth(current.Depth);
                            for (var i = 0; i < xa.Length; i++)
                            {
                                work.Push((xa[i], xb[i], current.Depth + 1));
                            }

                            break;
                        }

                    case JsObject oa:
                        {
                            if (current.B is not JsObject ob || oa.Count != ob.Count)
                            {
                                return false;
                            }

                            work ??= new Stack<(object?, object?, int)>();
                            CheckDepth(current.Depth);
                            for (var i = 0; i < oa.Count; i++)
                            {
                                if (!ob.TryGetValue(oa.KeyAt(i), out var vb))
                                {
                                    return false;
                                }

                                work.Push((oa.ValueAt(i), vb, current.Depth + 1));
                            }

                            break;
                        }

                    default:
                        if (!LeafEquals(current.A, current.B))
                        {
                            return false;
                        }

                        break;
                }
            }

            if (work is null || work.Count == 0)
            {
                return true;
            }

            current = work.Pop();
        }
    }

    private static void CheckDepth(int depth)
    {
        if (depth >= MaxNestingDepth)
        {
            throw new ArgumentException($"The value nests deeper than {MaxNestingDepth} levels (is it circular?).");
        }
    }

    private static bool LeafEquals(object? a, object? b) => a switch
    {
        null => b is null,
        double x => b is double y && (x == y || (double.IsNaN(x) && double.IsNaN(y))),
        string x => b is string y && string.Equals(x, y, StringComparison.Ordinal),
        bool x => b is bool y && x == y,
        BigInteger x => b is BigInteger y && x == y,
        byte[] x => b is byte[] y && x.AsSpan().SequenceEqual(y),
        JsUndefined => b is JsUndefined,
        _ => Equals(a, b),
    };
}
