using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// TEMPORARY: stand-ins for the list/map operations the types branch adds to AbstractType.
// Removed when `types` is merged.
public partial class YText
{
    internal static ArraySearchMarker? FindMarker(AbstractType yarray, int index)
    {
        _ = yarray;
        _ = index;
        return null;
    }

    internal static void UpdateMarkerChanges(List<ArraySearchMarker> searchMarker, int index, int len)
    {
        _ = searchMarker;
        _ = index;
        _ = len;
    }

    internal static void TypeMapDelete(Transaction transaction, AbstractType parent, string key)
    {
        if (parent.Map.TryGetValue(key, out var c))
            c.Delete(transaction);
    }

    internal static void TypeMapSet(Transaction transaction, AbstractType parent, string key, object? value) =>
        throw new NotSupportedException($"TypeMapSet({transaction}, {parent}, {key}, {value}) comes with the types branch.");

    internal static object? TypeMapGet(AbstractType parent, string key) =>
        parent.Map.TryGetValue(key, out var val) && !val.Deleted ? val.Content.GetContent()[val.Length - 1] : JsUndefined.Value;

    internal static JsObject TypeMapGetAll(AbstractType parent)
    {
        var res = new JsObject();
        foreach (var (key, value) in parent.Map)
        {
            if (!value.Deleted)
                res.Set(key, value.Content.GetContent()[value.Length - 1]);
        }
        return res;
    }
}

/// <summary>TEMPORARY stand-in for core's Snapshot (removed when core adds it).</summary>
public sealed class Snapshot
{
    internal static bool IsVisible(Item item, Snapshot? snapshot) => snapshot is null ? !item.Deleted : throw new NotSupportedException();

    internal static void SplitSnapshotAffectedStructs(Transaction transaction, Snapshot snapshot) => throw new NotSupportedException($"{transaction}{snapshot}");
}
