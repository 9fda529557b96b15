using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt;

/// <summary>
/// A root type created by decoding before anyone asked for it by kind (yjs <c>new AbstractType()</c>
/// in <c>doc.get</c>). <see cref="Doc.Get{T}(string)"/> replaces it with the concrete type.
/// </summary>
internal sealed class UntypedRootType : AbstractType
{
    internal override AbstractType Copy() => throw new NotSupportedException("An untyped root cannot be copied.");

    public override AbstractType Clone() => throw new NotSupportedException("An untyped root cannot be cloned.");

    /// <summary>Writes nothing, like yjs's <c>AbstractType._write</c>.</summary>
    internal override void Write(IUpdateEncoder encoder)
    {
    }
}
