using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// One operation of a delta (Quill-style): insert content, retain or delete a number of positions,
/// with optional format attributes. Text inserts are a <see cref="string"/>, an embed (any value) or
/// an <see cref="AbstractType"/>; array inserts are <c>object?[]</c>.
/// </summary>
public sealed record DeltaOp
{
    public object? Insert { get; init; }

    public int? Retain { get; init; }

    public int? Delete { get; init; }

    public JsObject? Attributes { get; init; }
}
