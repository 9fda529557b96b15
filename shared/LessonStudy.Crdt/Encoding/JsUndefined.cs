namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// JavaScript <c>undefined</c>, distinct from <c>null</c> in lib0's <c>writeAny</c> (tag 127 vs 126).
/// </summary>
public sealed class JsUndefined
{
    public static readonly JsUndefined Value = new();

    private JsUndefined()
    {
    }

    public override string ToString() => "undefined";
}
