using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// Map operations shared by YMap, YXmlElement attributes, YXmlHook and YText attributes
// (yjs AbstractType.js, the typeMap* functions). Each key maps to its latest item; older values
// hang off it to the left.
public abstract partial class AbstractType
{
    /// <summary>yjs <c>typeMapDelete</c>.</summary>
    internal static void TypeMapDelete(Transaction transaction, AbstractType parent, string key)
    {
        if (parent.Map.TryGetValue(key, out var c))
        {
            c.Delete(transaction);
        }
    }

    /// <summary>
    /// yjs <c>typeMapSet</c>: <paramref name="value"/> must be in the <see cref="JsValue"/> model, a
    /// <c>byte[]</c>, a <see cref="Doc"/> or a shared type (see <see cref="SharedValue.NormalizeMapValue"/>).
    /// </summary>
    internal static void TypeMapSet(Transaction transaction, AbstractType parent, string key, object? value)
    {
        parent.Map.TryGetValue(key, out var left);
        var doc = transaction.Doc;
        var ownClientId = doc.ClientID;
        IContent content = value switch
        {
            byte[] bytes => new ContentBinary(bytes),
            Doc subdoc => new ContentDoc(subdoc),
            AbstractType type => new ContentType(type),
            _ => new ContentAny([value]),
        };
        new Item(new ID(ownClientId, doc.Store.GetState(ownClientId)), left, left?.LastId, null, null, parent, key, content)
            .Integrate(transaction, 0);
    }

    /// <summary>yjs <c>typeMapGet</c>: the value, or <see cref="JsUndefined.Value"/> when absent.</summary>
    internal static object? TypeMapGet(AbstractType parent, string key) =>
        parent.Map.TryGetValue(key, out var val) && !val.Deleted ? LastContent(val) : JsUndefined.Value;

    /// <summary>yjs <c>typeMapGetAll</c>: every present key and value, in the map's key order.</summary>
    internal static JsObject TypeMapGetAll(AbstractType parent)
    {
        var res = new JsObject();
        foreach (var (key, value) in parent.Map)
        {
            if (!value.Deleted)
            {
                res[key] = LastContent(value);
            }
        }
        return res;
    }

    /// <summary>yjs <c>typeMapHas</c>.</summary>
    internal static bool TypeMapHas(AbstractType parent, string key) =>
        parent.Map.TryGetValue(key, out var val) && !val.Deleted;

    internal static object? LastContent(Item item)
    {
        var c = item.Content.GetContent();
        return c[item.Length - 1];
    }
}
