using System.Text;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// yjs YText.toDelta and YText.applyDelta.
public partial class YText
{
    /// <summary>
    /// Applies a Quill delta: inserts (text, embeds or shared types, with attributes), retains
    /// (formatting the retained range with their attributes) and deletes, from the start of the text.
    /// </summary>
    /// <param name="delta">The operations to apply.</param>
    /// <param name="sanitize">As in yjs 13.6: when <c>false</c>, a trailing <c>"\n"</c> of a final insert
    /// at the end of the text is dropped; when <c>true</c> (the default) the insert is kept as is.</param>
    public void ApplyDelta(IEnumerable<DeltaOp> delta, bool sanitize = true)
    {
        ArgumentNullException.ThrowIfNull(delta);
        var ops = delta as IReadOnlyList<DeltaOp> ?? new List<DeltaOp>(delta);
        var doc = Doc;
        if (doc is null)
        {
            // yjs drops the sanitize option for pending deltas
            Pending.Add(() => ApplyDelta(ops));
            return;
        }
        doc.Transact(transaction =>
        {
            var currPos = RentPosition();
            currPos.Reset(null, Start, 0);
            for (var i = 0; i < ops.Count; i++)
            {
                var op = ops[i];
                if (op.Insert is not null)
                {
                    // Quill assumes that the content starts with an empty paragraph, Y.Text that it
                    // starts empty; the final newline is hidden. Without this step clients would
                    // see a different number of paragraphs, but nothing bad would happen.
                    var ins = op.Insert;
                    if (!sanitize && ins is string s && i == ops.Count - 1 && currPos.Right is null && s.Length > 0 && s[^1] == '\n')
                        ins = s[..^1];
                    if (ins is not string str || str.Length > 0)
                        InsertText(transaction, this, currPos, NormalizeInsert(ins), CopyAttributes(op.Attributes));
                }
                else if (op.Retain is { } retain)
                {
                    FormatText(transaction, this, currPos, retain, CopyAttributes(op.Attributes));
                }
                else if (op.Delete is { } length)
                {
                    DeleteText(transaction, this, currPos, length);
                }
            }
            ReturnPosition(currPos);
        });
    }

    // The algorithms mutate attribute objects (as yjs does); work on a normalized deep copy.
    private static JsObject? CopyAttributes(JsObject? attributes) =>
        attributes is null ? null : (JsObject)JsValue.Normalize(attributes)!;

    private static object? NormalizeInsert(object? insert) =>
        insert is string or AbstractType ? insert : JsValue.Normalize(insert);

    /// <summary>
    /// The content as a Quill delta: runs of text with equal attributes, and embeds, each with the
    /// attributes in effect. With snapshots, returns the content visible in <paramref name="snapshot"/>
    /// (or in either snapshot), marking text that only one of them contains with a <c>ychange</c>
    /// attribute (<c>{type:'removed'|'added'}</c>, or what <paramref name="computeYChange"/> returns).
    /// </summary>
    public List<DeltaOp> ToDelta(Snapshot? snapshot = null, Snapshot? prevSnapshot = null, Func<string, ID, object?>? computeYChange = null)
    {
        var ops = new List<DeltaOp>();
        var doc = Doc;
        if (doc is null)
            return ops;
        if (snapshot is not null || prevSnapshot is not null)
        {
            // snapshots are merged again after the transaction, so keep it alive until done
            doc.Transact(transaction =>
            {
                if (snapshot is not null)
                    Snapshot.SplitSnapshotAffectedStructs(transaction, snapshot);
                if (prevSnapshot is not null)
                    Snapshot.SplitSnapshotAffectedStructs(transaction, prevSnapshot);
                ComputeDelta(ops, snapshot, prevSnapshot, computeYChange);
            }, "cleanup");
        }
        else
        {
            ComputeDelta(ops, null, null, null);
        }
        return ops;
    }

    private void ComputeDelta(List<DeltaOp> ops, Snapshot? snapshot, Snapshot? prevSnapshot, Func<string, ID, object?>? computeYChange)
    {
        var currentAttributes = new YTextAttributeMap();
        var str = new StringBuilder();

        void PackStr()
        {
            if (str.Length == 0)
                return;
            var attributes = currentAttributes.Count > 0 ? currentAttributes.ToJsObject(skipNullValues: false) : null;
            ops.Add(new DeltaOp { Insert = str.ToString(), Attributes = attributes });
            str.Clear();
        }

        object? YChange(string type, ID id)
        {
            if (computeYChange is not null)
                return JsValue.Normalize(computeYChange(type, id));
            var change = new JsObject();
            change.Set("type", type);
            return change;
        }

        for (var n = Start; n is not null; n = n.Right)
        {
            if (!(Snapshot.IsVisible(n, snapshot) || (prevSnapshot is not null && Snapshot.IsVisible(n, prevSnapshot))))
                continue;
            switch (n.Content)
            {
                case ContentString s:
                {
                    var hasCur = currentAttributes.TryGet("ychange", out var cur);
                    if (snapshot is not null && !Snapshot.IsVisible(n, snapshot))
                    {
                        if (!hasCur || !IsYChange(cur, n.Id.Client, "removed"))
                        {
                            PackStr();
                            currentAttributes.Set("ychange", YChange("removed", n.Id));
                        }
                    }
                    else if (prevSnapshot is not null && !Snapshot.IsVisible(n, prevSnapshot))
                    {
                        if (!hasCur || !IsYChange(cur, n.Id.Client, "added"))
                        {
                            PackStr();
                            currentAttributes.Set("ychange", YChange("added", n.Id));
                        }
                    }
                    else if (hasCur && cur is not JsUndefined)
                    {
                        PackStr();
                        currentAttributes.Remove("ychange");
                    }
                    str.Append(s.Str);
                    break;
                }
                case ContentType:
                case ContentEmbed:
                {
                    PackStr();
                    var attributes = currentAttributes.Count > 0 ? currentAttributes.ToJsObject(skipNullValues: false) : null;
                    ops.Add(new DeltaOp { Insert = n.Content.GetContent()[0], Attributes = attributes });
                    break;
                }
                case ContentFormat format:
                    if (Snapshot.IsVisible(n, snapshot))
                    {
                        PackStr();
                        UpdateCurrentAttributes(currentAttributes, format);
                    }
                    break;
            }
        }
        PackStr();
    }

    // JavaScript `cur.user === client && cur.type === type` on the current ychange attribute.
    private static bool IsYChange(object? cur, ulong client, string type)
    {
        if (cur is not JsObject obj)
            return false;
        return obj.TryGetValue("user", out var user) && user is double d && d == client
            && obj.TryGetValue("type", out var t) && t is string ts && string.Equals(ts, type, StringComparison.Ordinal);
    }
}
