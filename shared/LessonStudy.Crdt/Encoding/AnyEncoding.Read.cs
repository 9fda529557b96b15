using System.Numerics;

namespace LessonStudy.Crdt.Encoding;

public static partial class AnyEncoding
{
    /// <summary>
    /// lib0 <c>readAny</c> into the value model. Like lib0's reader, which assigns <c>obj[key] = value</c>
    /// on a fresh <c>{}</c>, a repeated key keeps its first position and its last value, and a
    /// <c>"__proto__"</c> key never becomes an own property (JavaScript sets the prototype or ignores
    /// it), so it is dropped. Nesting deeper than <see cref="DecodeLimits.MaxValueDepth"/>, unknown
    /// tags, truncation and counts larger than the remaining input throw <see cref="CrdtFormatException"/>.
    /// </summary>
    public static object? ReadAny(this Lib0Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        List<Frame>? stack = null;
        while (true)
        {
            string? key = null;
            if (stack is { Count: > 0 } && stack[^1].Object is not null)
            {
                key = reader.ReadVarString();
            }

            var start = reader.Position;
            var tag = reader.ReadUint8();
            object? value;
            switch (tag)
            {
                case TagUndefined: value = JsUndefined.Value; break;
                case TagNull: value = null; break;
                case TagInteger: value = reader.ReadVarInt(); break;
                case TagFloat32: value = (double)reader.ReadFloat32(); break;
                case TagFloat64: value = reader.ReadFloat64(); break;
                case TagBigInt: value = new BigInteger(reader.ReadBigInt64()); break;
                case TagFalse: value = false; break;
                case TagTrue: value = true; break;
                case TagString: value = reader.ReadVarString(); break;
                case TagUint8Array: value = reader.ReadVarUint8Array().ToArray(); break;
                case TagObject:
                case TagArray:
                    {
                        var isObject = tag == TagObject;
                        // An array element takes at least one byte; an object entry a key length and a value.
                        var count = ReadCount(reader, isObject ? reader.Remaining / 2 : reader.Remaining, isObject ? "object" : "array");
                        if (count == 0)
                        {
                            value = isObject ? new JsObject() : Array.Empty<object?>();
                            break;
                        }

                        stack ??= new List<Frame>(4);
                        if (stack.Count >= reader.Limits.MaxValueDepth)
                        {
                            throw new CrdtFormatException($"Value at byte {start} nests deeper than the limit of {reader.Limits.MaxValueDepth} levels.");
                        }

                        stack.Add(isObject
                            ? new Frame(new JsObject(Math.Min(count, 16)), null, count, key)
                            : new Frame(null, new object?[count], count, key));
                        continue;
                    }

                default:
                    throw new CrdtFormatException($"Unknown Any tag {tag} at byte {start}.");
            }

            // Hand the value to its container; finished containers are handed to theirs in turn.
            while (true)
            {
                if (stack is null || stack.Count == 0)
                {
                    return value;
                }

                var top = stack[^1];
                if (top.Array is not null)
                {
                    top.Array[top.Filled] = value;
                }
                else if (!string.Equals(key, "__proto__", StringComparison.Ordinal))
                {
                    top.Object!.Set(key!, value);
                }

                top.Filled++;
                if (top.Filled < top.Count)
                {
                    break;
                }

                stack.RemoveAt(stack.Count - 1);
                value = (object?)top.Object ?? top.Array;
                key = top.Key;
            }
        }
    }

    private static int ReadCount(Lib0Reader reader, int max, string what)
    {
        var start = reader.Position;
        var count = reader.ReadVarUint();
        if (count > (ulong)max)
        {
            throw new CrdtFormatException($"The {what} at byte {start} claims {count} entries, more than the remaining input can hold.");
        }

        return (int)count;
    }

    // One open container: the object or array being filled, how many entries it has and has so far,
    // and the key it goes under in its parent object.
    private sealed class Frame(JsObject? obj, object?[]? array, int count, string? key)
    {
        public JsObject? Object { get; } = obj;

        public object?[]? Array { get; } = array;

        public int Count { get; } = count;

        public string? Key { get; } = key;

        public int Filled { get; set; }
    }
}
