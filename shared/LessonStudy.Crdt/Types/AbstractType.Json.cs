using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

public abstract partial class AbstractType
{
    /// <summary>
    /// The content as plain values (yjs <c>toJSON</c>): a <see cref="JsObject"/> for maps, an
    /// <c>object?[]</c> for arrays, a string for text and XML. The base returns
    /// <see cref="JsUndefined.Value"/>, as yjs' abstract type does.
    /// </summary>
    public virtual object? ToJson() => JsUndefined.Value;
}
