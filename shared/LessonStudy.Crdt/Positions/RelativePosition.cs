using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Positions;

/// <summary>
/// A position in a shared type that survives concurrent edits (yjs <c>RelativePosition</c>): it is
/// attached to an item ID instead of an index, so inserting before it moves it along. Exactly one
/// of the three targets is set: <see cref="Item"/> (the character the position is associated
/// with), or for the end of a type <see cref="TName"/> (root type name) or <see cref="Type"/>
/// (ID of a nested type's item).
/// </summary>
/// <param name="Type">The nested type's item ID, when the position is at its end.</param>
/// <param name="TName">The root type's name, when the position is at its end.</param>
/// <param name="Item">The item ID the position is attached to.</param>
/// <param name="Assoc">
/// Association: <c>&gt;= 0</c> (default) associates with the character after the position,
/// <c>&lt; 0</c> with the character before it.
/// </param>
public sealed record RelativePosition(ID? Type, string? TName, ID? Item, int Assoc = 0);

/// <summary>
/// An index in a type, resolved from a <see cref="RelativePosition"/> against a document's current
/// state (yjs <c>AbsolutePosition</c>).
/// </summary>
/// <param name="Type">The type the position is in.</param>
/// <param name="Index">The index in the type's current content.</param>
/// <param name="Assoc">The association of the relative position it came from.</param>
public sealed record AbsolutePosition(AbstractType Type, int Index, int Assoc = 0);
