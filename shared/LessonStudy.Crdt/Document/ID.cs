namespace LessonStudy.Crdt;

/// <summary>
/// A unique position in the document's history: the client that created it and that client's
/// clock (yjs <c>ID</c>). Clocks count UTF-16 code units for strings and one per other element.
/// Client IDs are whatever peers send (yjs 13.6 makes random uint32s; the format allows up to
/// 2^53), so they are held as <see cref="ulong"/>.
/// </summary>
public readonly record struct ID(ulong Client, long Clock)
{
    public override string ToString() => $"({Client},{Clock})";
}
