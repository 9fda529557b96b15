using System.Numerics;

namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// lib0 <c>writeAny</c> / <c>readAny</c>: a tagged, schema-less encoding of the JavaScript value
/// model (tags 127 undefined … 116 Uint8Array, see YJS-FORMATS.md §1.1). Both directions walk
/// nested values with an explicit stack, so nesting depth costs memory, never call stack.
/// </summary>
public static partial class AnyEncoding
{
    internal const byte TagUndefined = 127;
    internal const byte TagNull = 126;
    internal const byte TagInteger = 125;
    internal const byte TagFloat32 = 124;
    internal const byte TagFloat64 = 123;
    internal const byte TagBigInt = 122;
    internal const byte TagFalse = 121;
    internal const byte TagTrue = 120;
    internal const byte TagString = 119;
    internal const byte TagObject = 118;
    internal const byte TagArray = 117;
    internal const byte TagUint8Array = 116;

    // The NaN that JavaScript engines produce (0x7FF8…); .NET's double.NaN is 0xFFF8….
    internal static readonly double JsNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
    private const long ClrDefaultNaNBits = unchecked((long)0xFFF8000000000000);
    private static readonly BigInteger Low64Mask = ulong.MaxValue;

    /// <summary>
    /// lib0 <c>writeAny</c>. Numbers follow the JavaScript rule: integers with |x| ≤ 2^31 − 1 as
    /// varInt (−0 included), else float32 when exact, else float64. A bigint is written as JavaScript's
    /// <c>setBigInt64</c> does: wrapped to signed 64 bits. A value outside the model is normalized first
    /// (<see cref="JsValue.Normalize"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The value has no JavaScript counterpart or nests deeper than <see cref="JsValue.MaxNestingDepth"/>.</exception>
    public static void WriteAny(this Lib0Writer writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WriteLeaf(writer, value))
        {
            return;
        }

        var stack = new Stack<(object Container, int Next, int Depth)>();
        PushContainer(writer, value!, 1, stack);
        while (stack.Count > 0)
        {
            var (container, next, depth) = stack.Pop();
            object? child;
            int count;
            if (container is object?[] array)
            {
                count = array.Length;
                child = array[next];
            }
            else
            {
                var obj = (JsObject)container;
                count = obj.Count;
                writer.WriteVarString(obj.KeyAt(next));
                child = obj.ValueAt(next);
            }

            if (next + 1 < count)
            {
                stack.Push((container, next + 1, depth));
            }

            if (!WriteLeaf(writer, child))
            {
                if (depth >= JsValue.MaxNestingDepth)
                {
                    throw new ArgumentException($"The value nests deeper than {JsValue.MaxNestingDepth} levels (is it circular?).", nameof(value));
                }

                PushContainer(writer, child!, depth + 1, stack);
            }
        }
    }

    /// <summary>lib0 <c>writeAny</c> for one JavaScript number.</summary>
    public static void WriteAnyNumber(this Lib0Writer writer, double x)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsInteger(x) && Math.Abs(x) <= int.MaxValue)
        {
            writer.WriteUint8(TagInteger);
            writer.WriteVarInt(x);
        }
        else if ((double)(float)x == x)
        {
            writer.WriteUint8(TagFloat32);
            writer.WriteFloat32((float)x);
        }
        else
        {
            writer.WriteUint8(TagFloat64);
            writer.WriteFloat64(BitConverter.DoubleToInt64Bits(x) == ClrDefaultNaNBits ? JsNaN : x);
        }
    }

    /// <summary>JavaScript <c>BigInt.asIntN(64, value)</c>, which <c>DataView.setBigInt64</c> applies.</summary>
    internal static long WrapToInt64(BigInteger value) => unchecked((long)(ulong)(value & Low64Mask));

    // Writes a non-container value and returns true, or returns false for a container (nothing written).
    private static bool WriteLeaf(Lib0Writer writer, object? value)
    {
        switch (value)
        {
            case string s:
                writer.WriteUint8(TagString);
                writer.WriteVarString(s);
                return true;
            case double d:
                writer.WriteAnyNumber(d);
                return true;
            case null:
                writer.WriteUint8(TagNull);
                return true;
            case bool b:
                writer.WriteUint8(b ? TagTrue : TagFalse);
                return true;
            case JsUndefined:
                writer.WriteUint8(TagUndefined);
                return true;
            case byte[] bytes:
                writer.WriteUint8(TagUint8Array);
                writer.WriteVarUint8Array(bytes);
                return true;
            case BigInteger big:
                writer.WriteUint8(TagBigInt);
                writer.WriteBigInt64(WrapToInt64(big));
                return true;
            case JsObject:
                return false;
            case object?[] array when array.GetType() == typeof(object[]):
                return false;
            default:
                var normalized = JsValue.Normalize(value);
                if (normalized is JsObject or object?[])
                {
                    return false;
                }

                return WriteLeaf(writer, normalized);
        }
    }

    // Writes the container's header and schedules its children.
    private static void PushContainer(Lib0Writer writer, object value, int depth, Stack<(object Container, int Next, int Depth)> stack)
    {
        if (value is not JsObject && (value is not object?[] || value.GetType() != typeof(object[])))
        {
            value = JsValue.Normalize(value)!;
        }

        if (value is object?[] array)
        {
            writer.WriteUint8(TagArray);
            writer.WriteVarUint((ulong)array.Length);
            if (array.Length > 0)
            {
                stack.Push((array, 0, depth));
            }
        }
        else
        {
            var obj = (JsObject)value;
            writer.WriteUint8(TagObject);
            writer.WriteVarUint((ulong)obj.Count);
            if (obj.Count > 0)
            {
                stack.Push((obj, 0, depth));
            }
        }
    }
}
