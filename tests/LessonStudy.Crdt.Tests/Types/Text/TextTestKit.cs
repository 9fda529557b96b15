using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>Helpers shared by the text tests: fixed-client documents and yjs-style delta JSON.</summary>
internal static class TextTestKit
{
    public static Doc NewDoc(ulong clientId) => new(new DocOptions { ClientId = clientId });

    public static Dictionary<string, object?> Attrs(params (string Key, object? Value)[] entries)
    {
        var d = new Dictionary<string, object?>(entries.Length);
        foreach (var (k, v) in entries)
            d[k] = v;
        return d;
    }

    /// <summary><c>JSON.stringify(delta)</c> as yjs prints a delta (insert/retain/delete, then attributes).</summary>
    public static string DeltaJson(IEnumerable<DeltaOp> delta)
    {
        var list = new List<object?>();
        foreach (var op in delta)
        {
            var o = new JsObject();
            if (op.Insert is not null)
                o.Set("insert", op.Insert is AbstractType t ? t.ToString() : op.Insert);
            if (op.Retain is { } r)
                o.Set("retain", (double)r);
            if (op.Delete is { } d)
                o.Set("delete", (double)d);
            if (op.Attributes is not null)
                o.Set("attributes", op.Attributes);
            list.Add(o);
        }
        return JsJson.Stringify(list.ToArray())!;
    }
}
