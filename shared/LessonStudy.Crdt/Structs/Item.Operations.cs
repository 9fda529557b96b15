using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Structs;

public sealed partial class Item
{
    private const int BitOrigin = 0x80;
    private const int BitRightOrigin = 0x40;
    private const int BitParentSub = 0x20;
    private const int Bits5 = 0x1F;

    /// <summary>
    /// Splits <paramref name="leftItem"/> at <paramref name="diff"/> clocks and returns the new right
    /// part (yjs <c>splitItem</c>). The caller inserts it into the store.
    /// </summary>
    internal static Item SplitItem(Transaction transaction, Item leftItem, int diff)
    {
        var client = leftItem.Id.Client;
        var clock = leftItem.Id.Clock;
        var rightItem = new Item(
            new ID(client, clock + diff),
            leftItem,
            new ID(client, clock + diff - 1),
            leftItem.Right,
            leftItem.RightOrigin,
            leftItem._parent,
            leftItem.ParentSub,
            leftItem.Content.Splice(diff));
        if (leftItem.Deleted)
        {
            rightItem.MarkDeleted();
        }

        if (leftItem.Keep)
        {
            rightItem.Keep = true;
        }

        if (leftItem.Redone is { } redone)
        {
            rightItem.Redone = new ID(redone.Client, redone.Clock + diff);
        }

        // The left part keeps its right origin: changing it would break syncing.
        leftItem.Right = rightItem;
        if (rightItem.Right is not null)
        {
            rightItem.Right.Left = rightItem;
        }

        transaction.MergeStructs.Add(rightItem);
        if (rightItem.ParentSub is not null && rightItem.Right is null)
        {
            ((AbstractType)rightItem._parent!).Map[rightItem.ParentSub] = rightItem;
        }

        leftItem.Length = diff;
        return rightItem;
    }

    /// <summary>Sets <see cref="Keep"/> on the item and its ancestors until one already has the value.</summary>
    internal static void KeepItem(Item? item, bool keep)
    {
        while (item is not null && item.Keep != keep)
        {
            item.Keep = keep;
            item = item.Parent?.Item;
        }
    }

    /// <summary>Whether <paramref name="parent"/> is an ancestor of <paramref name="child"/> (yjs <c>isParentOf</c>).</summary>
    internal static bool IsParentOf(AbstractType parent, Item? child)
    {
        while (child is not null)
        {
            if (child.Parent == parent)
            {
                return true;
            }

            child = child.Parent?.Item;
        }

        return false;
    }

    /// <summary>Follows the redone chain from <paramref name="id"/> (yjs <c>followRedone</c>).</summary>
    internal static (AbstractStruct Item, int Diff) FollowRedone(StructStore store, ID id)
    {
        ID? nextId = id;
        var diff = 0;
        AbstractStruct item;
        do
        {
            var current = nextId!.Value;
            if (diff > 0)
            {
                current = new ID(current.Client, current.Clock + diff);
            }

            item = store.Find(current);
            diff = (int)(current.Clock - item.Id.Clock);
            nextId = (item as Item)?.Redone;
        }
        while (nextId is not null && item is Item);

        return (item, diff);
    }

    internal override bool MergeWith(AbstractStruct right)
    {
        if (right is Item r
            && r.OriginEquals(true, Id.Client, Id.Clock + Length - 1)
            && Right == r
            && SameRightOrigin(r)
            && Id.Client == r.Id.Client
            && Id.Clock + Length == r.Id.Clock
            && Deleted == r.Deleted
            && _redone is null
            && r._redone is null
            && Content.GetType() == r.Content.GetType()
            && Content.MergeWith(r.Content))
        {
            var searchMarker = Parent?.SearchMarker;
            if (searchMarker is not null)
            {
                for (var i = 0; i < searchMarker.Count; i++)
                {
                    var marker = searchMarker[i];
                    if (marker.P == r)
                    {
                        // The right item disappears: move its marker here.
                        marker.P = this;
                        if (!Deleted && Countable)
                        {
                            marker.Index -= Length;
                        }
                    }
                }
            }

            if (r.Keep)
            {
                Keep = true;
            }

            Right = r.Right;
            if (Right is not null)
            {
                Right.Left = this;
            }

            Length += r.Length;
            return true;
        }

        return false;
    }

    /// <summary>Marks the item deleted (yjs <c>Item.delete</c>).</summary>
    internal void Delete(Transaction transaction)
    {
        if (Deleted)
        {
            return;
        }

        var parent = (AbstractType)_parent!;
        if (Countable && ParentSub is null)
        {
            parent.Length -= Length;
        }

        MarkDeleted();
        transaction.DeleteSet.Add(Id.Client, Id.Clock, Length);
        transaction.AddChangedType(parent, ParentSub);
        Content.Delete(transaction);
    }

    /// <summary>
    /// Drops the content of a deleted item: it becomes <see cref="ContentDeleted"/>, or a
    /// <see cref="GC"/> struct when its parent is collected too.
    /// </summary>
    internal void Gc(StructStore store, bool parentGCd)
    {
        if (!Deleted)
        {
            throw new InvalidOperationException("Only deleted items can be garbage-collected.");
        }

        Content.Gc(store);
        if (parentGCd)
        {
            store.ReplaceStruct(this, new GC(Id, Length));
        }
        else
        {
            Content = new ContentDeleted(Length);
        }
    }

    internal override void Write(IUpdateEncoder encoder, int offset)
    {
        var hasOrigin = offset > 0 || HasOrigin;
        var origin = offset > 0 ? new ID(Id.Client, Id.Clock + offset - 1) : new ID(_originClient, _originClock);
        var parentSub = ParentSub;
        var info = (Content.GetRef() & Bits5)
            | (hasOrigin ? BitOrigin : 0)
            | (HasRightOrigin ? BitRightOrigin : 0)
            | (parentSub is null ? 0 : BitParentSub);
        encoder.WriteInfo((byte)info);
        if (hasOrigin)
        {
            encoder.WriteLeftId(origin);
        }

        if (HasRightOrigin)
        {
            encoder.WriteRightId(new ID(_rightOriginClient, _rightOriginClock));
        }

        if (!hasOrigin && !HasRightOrigin)
        {
            WriteParentInfo(encoder);
            if (parentSub is not null)
            {
                encoder.WriteString(parentSub);
            }
        }

        Content.Write(encoder, offset);
    }

    private void WriteParentInfo(IUpdateEncoder encoder)
    {
        switch (_parent)
        {
            case AbstractType { Item: null } root:
                encoder.WriteParentInfo(true);
                encoder.WriteString(root.FindRootTypeKey());
                break;
            case AbstractType parentType:
                encoder.WriteParentInfo(false);
                encoder.WriteLeftId(parentType.Item!.Id);
                break;
            case string key:
                encoder.WriteParentInfo(true);
                encoder.WriteString(key);
                break;
            case ID parentId:
                encoder.WriteParentInfo(false);
                encoder.WriteLeftId(parentId);
                break;
            default:
                throw new InvalidOperationException("An item without parent information cannot be written.");
        }
    }
}
