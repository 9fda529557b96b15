using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Positions;

/// <summary>
/// Creating and resolving relative positions (yjs <c>utils/RelativePosition.js</c>). Encoding and
/// the JSON form are in the other part of this class.
/// </summary>
public static partial class RelativePositions
{
    /// <summary>
    /// The relative position of <paramref name="index"/> in <paramref name="type"/> (a YText,
    /// YArray, YXmlFragment …) as the document is now (yjs <c>createRelativePositionFromTypeIndex</c>).
    /// </summary>
    public static RelativePosition CreateRelativePositionFromTypeIndex(AbstractType type, int index, int assoc = 0)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Document is null)
        {
            throw new InvalidOperationException("The type is not part of a document yet.");
        }

        var t = type.Start;
        if (assoc < 0)
        {
            // Associated with the character before: at index 0 there is none, so use the start.
            if (index == 0)
            {
                return Create(type, null, assoc);
            }

            index--;
        }

        while (t is not null)
        {
            if (!t.Deleted && t.Countable)
            {
                if (t.Length > index)
                {
                    return Create(type, new ID(t.Id.Client, t.Id.Clock + index), assoc);
                }

                index -= t.Length;
            }

            if (t.Right is null && assoc < 0)
            {
                // Left-associated past the end: the last available ID.
                return Create(type, t.LastId, assoc);
            }

            t = t.Right;
        }

        return Create(type, null, assoc);
    }

    /// <summary>
    /// Resolves a relative position in <paramref name="doc"/> (yjs
    /// <c>createAbsolutePositionFromRelativePosition</c>); <c>null</c> when its item or type is not
    /// (yet) in the document or was garbage collected. Following undone deletions gives better
    /// positions to the user who undid; set <paramref name="followUndoneDeletions"/> to false for
    /// results every peer agrees on (yjs issue #638).
    /// </summary>
    public static AbsolutePosition? CreateAbsolutePositionFromRelativePosition(RelativePosition rpos, Doc doc, bool followUndoneDeletions = true)
    {
        ArgumentNullException.ThrowIfNull(rpos);
        ArgumentNullException.ThrowIfNull(doc);
        var store = doc.Store;
        AbstractType type;
        var index = 0;
        if (rpos.Item is { } rightId)
        {
            if (store.GetState(rightId.Client) <= rightId.Clock)
            {
                return null;
            }

            var (found, diff) = followUndoneDeletions ? Item.FollowRedone(store, rightId) : FindWithOffset(store, rightId);
            if (found is not Item right)
            {
                return null;
            }

            type = right.Parent!;
            if (type.Item is null || !type.Item.Deleted)
            {
                index = right.Deleted || !right.Countable ? 0 : diff + (rpos.Assoc >= 0 ? 0 : 1);
                for (var n = right.Left; n is not null; n = n.Left)
                {
                    if (!n.Deleted && n.Countable)
                    {
                        index += n.Length;
                    }
                }
            }
        }
        else
        {
            if (rpos.TName is not null)
            {
                type = doc.Get(rpos.TName);
            }
            else if (rpos.Type is { } typeId)
            {
                if (store.GetState(typeId.Client) <= typeId.Clock)
                {
                    return null;
                }

                var found = followUndoneDeletions ? Item.FollowRedone(store, typeId).Item : store.Find(typeId);
                if (found is Item { Content: ContentType content })
                {
                    type = content.Type;
                }
                else
                {
                    return null;
                }
            }
            else
            {
                throw new ArgumentException("The relative position has neither an item, a type name nor a type ID.", nameof(rpos));
            }

            index = rpos.Assoc >= 0 ? type.Length : 0;
        }

        return new AbsolutePosition(type, index, rpos.Assoc);
    }

    /// <summary>Whether two relative positions are the same (yjs <c>compareRelativePositions</c>).</summary>
    public static bool CompareRelativePositions(RelativePosition? a, RelativePosition? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.TName == b.TName && a.Item == b.Item && a.Type == b.Type && a.Assoc == b.Assoc);

    private static RelativePosition Create(AbstractType type, ID? item, int assoc) =>
        type.Item is null
            ? new RelativePosition(null, type.FindRootTypeKey(), item, assoc)
            : new RelativePosition(type.Item.Id, null, item, assoc);

    private static (AbstractStruct Item, int Diff) FindWithOffset(StructStore store, ID id)
    {
        var item = store.Find(id);
        return (item, (int)(id.Clock - item.Id.Clock));
    }
}
