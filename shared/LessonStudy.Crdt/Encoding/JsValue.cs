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
/// <item><see cref="JsObject"/> — a plain object, keys in JavaScript property order.</item>
/// <item><c>object?[]</c> (or any <c>IReadOnlyList&lt;object?&gt;</c> on input) — an array.</item>
/// </list>
/// Shared types and documents are not Any values; they are content of their own.
/// </summary>
public static partial class JsValue
{
}
